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
</TS>