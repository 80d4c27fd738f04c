<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AppController</name>
    <message numerus="yes">
      <source>Your last backup was %n week(s) ago. When you're ready, Settings can make a fresh one.</source>
      <translation>
        <numerusform>Your last backup was %n week ago. When you're ready, Settings can make a fresh one.</numerusform>
        <numerusform>Your last backup was %n weeks ago. When you're ready, Settings can make a fresh one.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CrisisPanel</name>
    <message numerus="yes">
      <source>Show hidden lines (%n)</source>
      <translation>
        <numerusform>Show hidden lines (%n)</numerusform>
        <numerusform>Show hidden lines (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message numerus="yes">
      <source>{when} — %n item(s)</source>
      <translation>
        <numerusform>{when} — %n item</numerusform>
        <numerusform>{when} — %n items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message numerus="yes">
      <source>That didn't open it. To keep your space safe, you can try again in %n second(s).</source>
      <translation>
        <numerusform>That didn't open it. To keep your space safe, you can try again in %n second.</numerusform>
        <numerusform>That didn't open it. To keep your space safe, you can try again in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RideItOutPlayer</name>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ride it out for %n minute(s)</source>
      <translation>
        <numerusform>Ride it out for %n minute</numerusform>
        <numerusform>Ride it out for %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SkillsPage</name>
    <message numerus="yes">
      <source>You've done this %n time(s).</source>
      <translation>
        <numerusform>You've done this %n time.</numerusform>
        <numerusform>You've done this %n times.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You also started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>You also started it %n time and stopped partway.</numerusform>
        <numerusform>You also started it %n times and stopped partway.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>You started it %n time and stopped partway.</numerusform>
        <numerusform>You started it %n times and stopped partway.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Afterwards, urges were on average {drop} lower (from %n rated).</source>
      <translation>
        <numerusform>Afterwards, urges were on average {drop} lower (from %n rated).</numerusform>
        <numerusform>Afterwards, urges were on average {drop} lower (from %n rated).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message numerus="yes">
      <source>In the last seven days: %n check-in(s).</source>
      <translation>
        <numerusform>In the last seven days: %n check-in.</numerusform>
        <numerusform>In the last seven days: %n check-ins.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You used skills on %n day(s).</source>
      <translation>
        <numerusform>You used skills on %n day.</numerusform>
        <numerusform>You used skills on %n days.</numerusform>
      </translation>
    </message>
  </context>
</TS>