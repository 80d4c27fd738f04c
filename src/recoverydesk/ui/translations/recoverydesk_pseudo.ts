<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>What the skills are based on</source>
      <translation>[Ŵĥàţ ţĥé šķîļļš àŕé bàšéd öñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Where the crisis lines come from (checked on {date})</source>
      <translation>[Ŵĥéŕé ţĥé çŕîšîš ļîñéš çömé fŕöm (çĥéçķéd öñ {date}) ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>[Ţĥîŕd-pàŕţý šöfţŵàŕé ~~~~~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk is built with Python, Qt (through PySide6, under the LGPL-3.0), SQLCipher, matplotlib and other open-source libraries. Their licences come with the app, in the `licences` folder beside it.</source>
      <translation>[ŔéçövéŕýDéšķ îš bûîļţ ŵîţĥ Pýţĥöñ, Qţ (ţĥŕöûĝĥ PýŠîdé6, ûñdéŕ ţĥé ĻĜPĻ-3.0), ŠQĻÇîpĥéŕ, màţpļöţļîb àñd öţĥéŕ öpéñ-šöûŕçé ļîbŕàŕîéš. Ţĥéîŕ ļîçéñçéš çömé ŵîţĥ ţĥé àpp, îñ ţĥé `ļîçéñçéš` föļdéŕ béšîdé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>[Àböûţ {app} ~~~~]</translation>
    </message>
    <message>
      <source>{app} icon</source>
      <translation>[{app} îçöñ ~~~~]</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>[Dàţà föļdéŕ ~~~~]</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>[Öpéñ föļdéŕ ~~~~]</translation>
    </message>
    <message>
      <source>Sources and credits</source>
      <translation>[Šöûŕçéš àñd çŕédîţš ~~~~~~~]</translation>
    </message>
    <message>
      <source>A private recovery companion. Everything stays on this computer, encrypted. {app} is not a therapist or an emergency service.</source>
      <translation>[À pŕîvàţé ŕéçövéŕý çömpàñîöñ. Évéŕýţĥîñĝ šţàýš öñ ţĥîš çömpûţéŕ, éñçŕýpţéd. {app} îš ñöţ à ţĥéŕàpîšţ öŕ àñ éméŕĝéñçý šéŕvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Free software under the {licence} licence: you may use, share and change it under its terms.</source>
      <translation>[Fŕéé šöfţŵàŕé ûñdéŕ ţĥé {licence} ļîçéñçé: ýöû màý ûšé, šĥàŕé àñd çĥàñĝé îţ ûñdéŕ îţš ţéŕmš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your data folder:</source>
      <translation>[Ýöûŕ dàţà föļdéŕ: ~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <source>RecoveryDesk couldn't read its settings on this computer, so it is using the usual ones for now. Everything you wrote is safe: it is kept apart from these settings. You can set them again in Settings when you like.</source>
      <translation>[ŔéçövéŕýDéšķ çöûļdñ'ţ ŕéàd îţš šéţţîñĝš öñ ţĥîš çömpûţéŕ, šö îţ îš ûšîñĝ ţĥé ûšûàļ öñéš föŕ ñöŵ. Évéŕýţĥîñĝ ýöû ŵŕöţé îš šàfé: îţ îš ķépţ àpàŕţ fŕöm ţĥéšé šéţţîñĝš. Ýöû çàñ šéţ ţĥém àĝàîñ îñ Šéţţîñĝš ŵĥéñ ýöû ļîķé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Looking for your system keychain…</source>
      <translation>[Ļööķîñĝ föŕ ýöûŕ šýšţém ķéýçĥàîñ… ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase is changed. Use the new one from now on.</source>
      <translation>[Ýöûŕ pàššpĥŕàšé îš çĥàñĝéd. Ûšé ţĥé ñéŵ öñé fŕöm ñöŵ öñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase has not changed.</source>
      <translation>[Ýöûŕ pàššpĥŕàšé ĥàš ñöţ çĥàñĝéd. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Chain analysis: {behaviour}</source>
      <translation>[Çĥàîñ àñàļýšîš: {behaviour} ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Chain analysis</source>
      <translation>[Çĥàîñ àñàļýšîš ~~~~~]</translation>
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with the backup passphrase you chose or your recovery key.</source>
      <translation>[Bàçķéd ûp ţö {path} ({size} MB) àñd çĥéçķéd. Îţ öpéñš ŵîţĥ ţĥé bàçķûp pàššpĥŕàšé ýöû çĥöšé öŕ ýöûŕ ŕéçövéŕý ķéý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with your passphrase of today or your recovery key.</source>
      <translation>[Bàçķéd ûp ţö {path} ({size} MB) àñd çĥéçķéd. Îţ öpéñš ŵîţĥ ýöûŕ pàššpĥŕàšé öf ţödàý öŕ ýöûŕ ŕéçövéŕý ķéý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Restored the backup. Your vault as it was is kept in the backups folder.</source>
      <translation>[Ŕéšţöŕéd ţĥé bàçķûp. Ýöûŕ vàûļţ àš îţ ŵàš îš ķépţ îñ ţĥé bàçķûpš föļdéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Restored your backup. It opens with the passphrase you just typed, and with the recovery key you had then.</source>
      <translation>[Ŕéšţöŕéd ýöûŕ bàçķûp. Îţ öpéñš ŵîţĥ ţĥé pàššpĥŕàšé ýöû ĵûšţ ţýpéd, àñd ŵîţĥ ţĥé ŕéçövéŕý ķéý ýöû ĥàd ţĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You haven't made a backup yet. When you're ready, Settings can make one, to a USB stick for example, so your words are safe if this computer isn't.</source>
      <translation>[Ýöû ĥàvéñ'ţ màdé à bàçķûp ýéţ. Ŵĥéñ ýöû'ŕé ŕéàdý, Šéţţîñĝš çàñ màķé öñé, ţö à ÛŠB šţîçķ föŕ éxàmpļé, šö ýöûŕ ŵöŕdš àŕé šàfé îf ţĥîš çömpûţéŕ îšñ'ţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>Your last backup was %n week(s) ago. When you're ready, Settings can make a fresh one.</source>
      <translation>
        <numerusform>[Ýöûŕ ļàšţ bàçķûp ŵàš %n ŵééķ àĝö. Ŵĥéñ ýöû'ŕé ŕéàdý, Šéţţîñĝš çàñ màķé à fŕéšĥ öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Ýöûŕ ļàšţ bàçķûp ŵàš %n ŵééķš àĝö. Ŵĥéñ ýöû'ŕé ŕéàdý, Šéţţîñĝš çàñ màķé à fŕéšĥ öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>The automatic backup couldn't be made this time.</source>
      <translation>[Ţĥé àûţömàţîç bàçķûp çöûļdñ'ţ bé màdé ţĥîš ţîmé. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Your data has not been changed. If it happens again, restarting RecoveryDesk can help.</source>
      <translation>[Šöméţĥîñĝ ŵéñţ ŵŕöñĝ öñ öûŕ šîdé. Ýöûŕ dàţà ĥàš ñöţ bééñ çĥàñĝéd. Îf îţ ĥàppéñš àĝàîñ, ŕéšţàŕţîñĝ ŔéçövéŕýDéšķ çàñ ĥéļp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>To keep your vault safe, RecoveryDesk kept what you were writing and locked it. Unlock to go on.</source>
      <translation>[Ţö ķéép ýöûŕ vàûļţ šàfé, ŔéçövéŕýDéšķ ķépţ ŵĥàţ ýöû ŵéŕé ŵŕîţîñĝ àñd ļöçķéd îţ. Ûñļöçķ ţö ĝö öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>BackUpDialog</name>
    <message>
      <source>Back up now</source>
      <translation>[Bàçķ ûp ñöŵ ~~~~]</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>[Bàçķûp fîļé ~~~~]</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>[Çĥööšé… ~~]</translation>
    </message>
    <message>
      <source>Choose where to save the backup</source>
      <translation>[Çĥööšé ŵĥéŕé ţö šàvé ţĥé bàçķûp ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase (the one you unlock with today)</source>
      <translation>[Ýöûŕ pàššpĥŕàšé (ţĥé öñé ýöû ûñļöçķ ŵîţĥ ţödàý) ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A separate passphrase just for this backup</source>
      <translation>[À šépàŕàţé pàššpĥŕàšé ĵûšţ föŕ ţĥîš bàçķûp ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>[Bàçķûp pàššpĥŕàšé ~~~~~~]</translation>
    </message>
    <message>
      <source>Backup passphrase again</source>
      <translation>[Bàçķûp pàššpĥŕàšé àĝàîñ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>[Bàçķ ûp ~~]</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>[Šàvé ţö ~~]</translation>
    </message>
    <message>
      <source>It opens with:</source>
      <translation>[Îţ öpéñš ŵîţĥ: ~~~~~]</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>[Àĝàîñ ~~]</translation>
    </message>
    <message>
      <source>Your recovery key opens every backup too. A backup is encrypted, so it is safe on a USB stick; still, keep it somewhere private.</source>
      <translation>[Ýöûŕ ŕéçövéŕý ķéý öpéñš évéŕý bàçķûp ţöö. À bàçķûp îš éñçŕýpţéd, šö îţ îš šàfé öñ à ÛŠB šţîçķ; šţîļļ, ķéép îţ šöméŵĥéŕé pŕîvàţé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save the backup</source>
      <translation>[Šàvé ţĥé bàçķûp ~~~~~~]</translation>
    </message>
    <message>
      <source>Please choose where to save the backup.</source>
      <translation>[Pļéàšé çĥööšé ŵĥéŕé ţö šàvé ţĥé bàçķûp. ~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>BackupNote</name>
    <message>
      <source>Backup reminder</source>
      <translation>[Bàçķûp ŕémîñdéŕ ~~~~~~]</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>[Bàçķ ûp ñöŵ… ~~~~]</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>[Bàçķ ûp ñöŵ ~~~~]</translation>
    </message>
  </context>
  <context>
    <name>BackupPassphraseDialog</name>
    <message>
      <source>Open this backup</source>
      <translation>[Öpéñ ţĥîš bàçķûp ~~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase for this backup</source>
      <translation>[Pàššpĥŕàšé föŕ ţĥîš bàçķûp ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>[Pàššpĥŕàšé ~~~~]</translation>
    </message>
    <message>
      <source>This backup opens with the passphrase you had when it was made, or the backup passphrase you chose for it.</source>
      <translation>[Ţĥîš bàçķûp öpéñš ŵîţĥ ţĥé pàššpĥŕàšé ýöû ĥàd ŵĥéñ îţ ŵàš màdé, öŕ ţĥé bàçķûp pàššpĥŕàšé ýöû çĥöšé föŕ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>BackupSettings</name>
    <message>
      <source>RecoveryDesk backups (*{suffix})</source>
      <translation>[ŔéçövéŕýDéšķ bàçķûpš (*{suffix}) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Backups and hiding</source>
      <translation>[Bàçķûpš àñd ĥîdîñĝ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>[Bàçķ ûp ñöŵ… ~~~~]</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>[Bàçķ ûp ñöŵ ~~~~]</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>[Ŕéšţöŕé fŕöm à bàçķûp… ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>[Ŕéšţöŕé fŕöm à bàçķûp ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Also keep automatic backups on this computer</source>
      <translation>[Àļšö ķéép àûţömàţîç bàçķûpš öñ ţĥîš çömpûţéŕ ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Keep automatic backups on this computer</source>
      <translation>[Ķéép àûţömàţîç bàçķûpš öñ ţĥîš çömpûţéŕ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source> backups</source>
      <translation>[ bàçķûpš ~~~]</translation>
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation>[Ĥöŵ màñý àûţömàţîç bàçķûpš ţö ķéép ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Show a plain window title (“{title}”)</source>
      <translation>[Šĥöŵ à pļàîñ ŵîñdöŵ ţîţļé (“{title}”) ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Lock when the window is minimised</source>
      <translation>[Ļöçķ ŵĥéñ ţĥé ŵîñdöŵ îš mîñîmîšéd ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Lock when the screen locks or the computer sleeps</source>
      <translation>[Ļöçķ ŵĥéñ ţĥé šçŕééñ ļöçķš öŕ ţĥé çömpûţéŕ šļéépš ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source> seconds</source>
      <translation>[ šéçöñdš ~~~]</translation>
    </message>
    <message>
      <source>Clear text copied from RecoveryDesk after</source>
      <translation>[Çļéàŕ ţéxţ çöpîéd fŕöm ŔéçövéŕýDéšķ àfţéŕ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>[Bàçķûpš ~~]</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of everything in RecoveryDesk, checked as it is written. Keep one somewhere else, like a USB stick, in case this computer is lost or breaks.</source>
      <translation>[À bàçķûp îš àñ éñçŕýpţéd çöpý öf évéŕýţĥîñĝ îñ ŔéçövéŕýDéšķ, çĥéçķéd àš îţ îš ŵŕîţţéñ. Ķéép öñé šöméŵĥéŕé éļšé, ļîķé à ÛŠB šţîçķ, îñ çàšé ţĥîš çömpûţéŕ îš ļöšţ öŕ bŕéàķš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>[Ķéép ţĥé ñéŵéšţ ~~~~~~]</translation>
    </message>
    <message>
      <source>Automatic backups are made when you unlock, at most once a day, in the backups folder beside your vault. They help after a mistake, not if this computer is lost: for that, keep a backup of your own somewhere else.</source>
      <translation>[Àûţömàţîç bàçķûpš àŕé màdé ŵĥéñ ýöû ûñļöçķ, àţ möšţ öñçé à dàý, îñ ţĥé bàçķûpš föļdéŕ béšîdé ýöûŕ vàûļţ. Ţĥéý ĥéļp àfţéŕ à mîšţàķé, ñöţ îf ţĥîš çömpûţéŕ îš ļöšţ: föŕ ţĥàţ, ķéép à bàçķûp öf ýöûŕ öŵñ šöméŵĥéŕé éļšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Hiding quickly</source>
      <translation>[Ĥîdîñĝ qûîçķļý ~~~~~]</translation>
    </message>
    <message>
      <source>Hide ({shortcut}, or the Hide button at the top) covers RecoveryDesk with a blank screen and locks it at once.</source>
      <translation>[Ĥîdé ({shortcut}, öŕ ţĥé Ĥîdé bûţţöñ àţ ţĥé ţöp) çövéŕš ŔéçövéŕýDéšķ ŵîţĥ à bļàñķ šçŕééñ àñd ļöçķš îţ àţ öñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Clear copied text after</source>
      <translation>[Çļéàŕ çöpîéd ţéxţ àfţéŕ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>[Çĥéçķîñĝ ţĥé bàçķûp… ~~~~~~~~]</translation>
    </message>
    <message>
      <source>You haven't made a backup yet.</source>
      <translation>[Ýöû ĥàvéñ'ţ màdé à bàçķûp ýéţ. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your last backup: {day}, {time}.</source>
      <translation>[Ýöûŕ ļàšţ bàçķûp: {day}, {time}. ~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>BreathingPacer</name>
    <message>
      <source>Breathing pacer</source>
      <translation>[Bŕéàţĥîñĝ pàçéŕ ~~~~~~]</translation>
    </message>
    <message>
      <source>Breath count</source>
      <translation>[Bŕéàţĥ çöûñţ ~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Choose a new passphrase</source>
      <translation>[Çĥööšé à ñéŵ pàššpĥŕàšé ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>[Ñéŵ pàššpĥŕàšé ~~~~~]</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>[Àĝàîñ ~~]</translation>
    </message>
  </context>
  <context>
    <name>ChartCard</name>
    <message>
      <source>Chart: {title}</source>
      <translation>[Çĥàŕţ: {title} ~~~~~]</translation>
    </message>
    <message>
      <source>About {title}</source>
      <translation>[Àböûţ {title} ~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>CheckInCard</name>
    <message>
      <source>Nothing else recorded</source>
      <translation>[Ñöţĥîñĝ éļšé ŕéçöŕdéd ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Check-in at {time}: {what}</source>
      <translation>[Çĥéçķ-îñ àţ {time}: {what} ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>[Édîţ ~~]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Déļéţé ~~]</translation>
    </message>
    <message>
      <source>Edit the check-in at {time}</source>
      <translation>[Édîţ ţĥé çĥéçķ-îñ àţ {time} ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Delete the check-in at {time}</source>
      <translation>[Déļéţé ţĥé çĥéçķ-îñ àţ {time} ~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <source>How are you right now?</source>
      <translation>[Ĥöŵ àŕé ýöû ŕîĝĥţ ñöŵ? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Edit check-in</source>
      <translation>[Édîţ çĥéçķ-îñ ~~~~~]</translation>
    </message>
    <message>
      <source>Leave this check-in without saving it?</source>
      <translation>[Ļéàvé ţĥîš çĥéçķ-îñ ŵîţĥöûţ šàvîñĝ îţ? ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>[véŕý ļöŵ ~~~]</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>[véŕý ĝööd ~~~]</translation>
    </message>
    <message>
      <source>Mood, 0 very low to 5 very good</source>
      <translation>[Mööd, 0 véŕý ļöŵ ţö 5 véŕý ĝööd ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Mood</source>
      <translation>[Mööd ~~]</translation>
    </message>
    <message>
      <source>More</source>
      <translation>[Möŕé ~~]</translation>
    </message>
    <message>
      <source>More: emotions, distress, skills, sleep, note</source>
      <translation>[Möŕé: émöţîöñš, dîšţŕéšš, šķîļļš, šļéép, ñöţé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Pick a number, or type it. Everything can be skipped. Save with {keys}.</source>
      <translation>[Pîçķ à ñûmbéŕ, öŕ ţýpé îţ. Évéŕýţĥîñĝ çàñ bé šķîppéd. Šàvé ŵîţĥ {keys}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>[Ţîmé ~~]</translation>
    </message>
    <message>
      <source>calm</source>
      <translation>[çàļm ~~]</translation>
    </message>
    <message>
      <source>the most</source>
      <translation>[ţĥé möšţ ~~~]</translation>
    </message>
    <message>
      <source>Distress, 0 calm to 10 the most</source>
      <translation>[Dîšţŕéšš, 0 çàļm ţö 10 ţĥé möšţ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>[Šķîp ~~]</translation>
    </message>
    <message>
      <source>Hours of sleep</source>
      <translation>[Ĥöûŕš öf šļéép ~~~~~]</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>[Ýéš ~~]</translation>
    </message>
    <message>
      <source>No</source>
      <translation>[Ñö ~~]</translation>
    </message>
    <message>
      <source>Medication taken</source>
      <translation>[Médîçàţîöñ ţàķéñ ~~~~~~]</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>[Ñöţé ~~]</translation>
    </message>
    <message>
      <source>Add your own urge, emotion or skill…</source>
      <translation>[Àdd ýöûŕ öŵñ ûŕĝé, émöţîöñ öŕ šķîļļ… ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Distress</source>
      <translation>[Dîšţŕéšš ~~~]</translation>
    </message>
    <message>
      <source>Other urges (0 none – 5 strongest)</source>
      <translation>[Öţĥéŕ ûŕĝéš (0 ñöñé – 5 šţŕöñĝéšţ) ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Emotions (0 none – 5 strongest)</source>
      <translation>[Émöţîöñš (0 ñöñé – 5 šţŕöñĝéšţ) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Skills used</source>
      <translation>[Šķîļļš ûšéd ~~~~]</translation>
    </message>
    <message>
      <source>none</source>
      <translation>[ñöñé ~~]</translation>
    </message>
    <message>
      <source>strongest</source>
      <translation>[šţŕöñĝéšţ ~~~]</translation>
    </message>
    <message>
      <source>Urge: {target}</source>
      <translation>[Ûŕĝé: {target} ~~~~~]</translation>
    </message>
    <message>
      <source>I acted on it</source>
      <translation>[Î àçţéd öñ îţ ~~~~~]</translation>
    </message>
    <message>
      <source>Acted on the urge: {target}</source>
      <translation>[Àçţéd öñ ţĥé ûŕĝé: {target} ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Kept as it is, with no comment. It helps you and your therapist see what was going on.</source>
      <translation>[Ķépţ àš îţ îš, ŵîţĥ ñö çömméñţ. Îţ ĥéļpš ýöû àñd ýöûŕ ţĥéŕàpîšţ šéé ŵĥàţ ŵàš ĝöîñĝ öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation>[Ûŕĝé ţö {target} ~~~~~~]</translation>
    </message>
    <message>
      <source>Emotion: {name}</source>
      <translation>[Émöţîöñ: {name} ~~~~~~]</translation>
    </message>
    <message>
      <source>Skill used: {name}</source>
      <translation>[Šķîļļ ûšéd: {name} ~~~~~~~]</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>[Ļéšš ~~]</translation>
    </message>
    <message>
      <source>An urge to track</source>
      <translation>[Àñ ûŕĝé ţö ţŕàçķ ~~~~~~]</translation>
    </message>
    <message>
      <source>An emotion</source>
      <translation>[Àñ émöţîöñ ~~~~]</translation>
    </message>
    <message>
      <source>A skill</source>
      <translation>[À šķîļļ ~~]</translation>
    </message>
    <message>
      <source>Add your own</source>
      <translation>[Àdd ýöûŕ öŵñ ~~~~]</translation>
    </message>
    <message>
      <source>What would you like to add?</source>
      <translation>[Ŵĥàţ ŵöûļd ýöû ļîķé ţö àdd? ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Its name:</source>
      <translation>[Îţš ñàmé: ~~~]</translation>
    </message>
    <message>
      <source>Leave without saving?</source>
      <translation>[Ļéàvé ŵîţĥöûţ šàvîñĝ? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>What you entered here will not be kept.</source>
      <translation>[Ŵĥàţ ýöû éñţéŕéd ĥéŕé ŵîļļ ñöţ bé ķépţ. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Keep going</source>
      <translation>[Ķéép ĝöîñĝ ~~~~]</translation>
    </message>
    <message>
      <source>Leave without saving</source>
      <translation>[Ļéàvé ŵîţĥöûţ šàvîñĝ ~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Contact</source>
      <translation>[Çöñţàçţ ~~]</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>[Ñàmé ~~]</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>[Pĥöñé ~~]</translation>
    </message>
    <message>
      <source>Number to text</source>
      <translation>[Ñûmbéŕ ţö ţéxţ ~~~~~]</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>[Ñöţéš ~~]</translation>
    </message>
    <message>
      <source>Part of the plan</source>
      <translation>[Pàŕţ öf ţĥé pļàñ ~~~~~~]</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>[Ţéxţ ~~]</translation>
    </message>
    <message>
      <source>A contact needs a name.</source>
      <translation>[À çöñţàçţ ñéédš à ñàmé. ~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ContactRow</name>
    <message>
      <source>text {number}</source>
      <translation>[ţéxţ {number} ~~~~~]</translation>
    </message>
    <message>
      <source>Contact: {name}</source>
      <translation>[Çöñţàçţ: {name} ~~~~~~]</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>[Édîţ {name} ~~~~]</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>[Édîţ… ~~]</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>[Ŕémövé {name} ~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>CrisisPanel</name>
    <message>
      <source>Call</source>
      <translation>[Çàļļ ~~]</translation>
    </message>
    <message>
      <source>Call {number}</source>
      <translation>[Çàļļ {number} ~~~~~]</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>[Ţéxţ ~~]</translation>
    </message>
    <message>
      <source>Text {number}</source>
      <translation>[Ţéxţ {number} ~~~~~]</translation>
    </message>
    <message>
      <source>If you are in immediate danger, call {number} now.</source>
      <translation>[Îf ýöû àŕé îñ îmmédîàţé dàñĝéŕ, çàļļ {number} ñöŵ. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>If you are in immediate danger, call your local emergency number now.</source>
      <translation>[Îf ýöû àŕé îñ îmmédîàţé dàñĝéŕ, çàļļ ýöûŕ ļöçàļ éméŕĝéñçý ñûmbéŕ ñöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Help right now</source>
      <translation>[Ĥéļp ŕîĝĥţ ñöŵ ~~~~~]</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>[Çöûñţŕý föŕ çŕîšîš ļîñéš ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Choose your country…</source>
      <translation>[Çĥööšé ýöûŕ çöûñţŕý… ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ~~]</translation>
    </message>
    <message>
      <source>Lines for:</source>
      <translation>[Ļîñéš föŕ: ~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk is not an emergency service. The lines below are run by people who are there to listen and help. You can call even if you're not sure it's serious enough.</source>
      <translation>[ŔéçövéŕýDéšķ îš ñöţ àñ éméŕĝéñçý šéŕvîçé. Ţĥé ļîñéš béļöŵ àŕé ŕûñ bý péöpļé ŵĥö àŕé ţĥéŕé ţö ļîšţéñ àñd ĥéļp. Ýöû çàñ çàļļ évéñ îf ýöû'ŕé ñöţ šûŕé îţ'š šéŕîöûš éñöûĝĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Choose your country above to see crisis lines you can call or text.</source>
      <translation>[Çĥööšé ýöûŕ çöûñţŕý àbövé ţö šéé çŕîšîš ļîñéš ýöû çàñ çàļļ öŕ ţéxţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url} (needs the internet).</source>
      <translation>[Šöméŵĥéŕé éļšé? {name} ļîšţš ĥéļpļîñéš îñ màñý çöûñţŕîéš: {url} (ñéédš ţĥé îñţéŕñéţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url}.</source>
      <translation>[Šöméŵĥéŕé éļšé? {name} ļîšţš ĥéļpļîñéš îñ màñý çöûñţŕîéš: {url}. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>These numbers were checked against each service's own page on {date}. The source of each is under its number.</source>
      <translation>[Ţĥéšé ñûmbéŕš ŵéŕé çĥéçķéd àĝàîñšţ éàçĥ šéŕvîçé'š öŵñ pàĝé öñ {date}. Ţĥé šöûŕçé öf éàçĥ îš ûñdéŕ îţš ñûmbéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>From your safety plan</source>
      <translation>[Fŕöm ýöûŕ šàféţý pļàñ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Do a skill now</source>
      <translation>[Dö à šķîļļ ñöŵ ~~~~~]</translation>
    </message>
    <message>
      <source>Ride out an urge: 5 or 15 minutes</source>
      <translation>[Ŕîdé öûţ àñ ûŕĝé: 5 öŕ 15 mîñûţéš ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Things you can do right now:</source>
      <translation>[Ţĥîñĝš ýöû çàñ dö ŕîĝĥţ ñöŵ: ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>[Šţàŕţ ~~]</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>[Šţàŕţ {skill} ~~~~~]</translation>
    </message>
    <message>
      <source>Add your own line…</source>
      <translation>[Àdd ýöûŕ öŵñ ļîñé… ~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>Show hidden lines (%n)</source>
      <translation>
        <numerusform>[Šĥöŵ ĥîddéñ ļîñéš (%n) ~~~~~~~~]</numerusform>
        <numerusform>[Šĥöŵ ĥîddéñ ļîñéš (%n) ~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>Added by you.</source>
      <translation>[Àddéd bý ýöû. ~~~~~]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Ŕémövé ~~]</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>[Ŕémövé {name} ~~~~~]</translation>
    </message>
    <message>
      <source>Source: {url} ({date})</source>
      <translation>[Šöûŕçé: {url} ({date}) ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>[Ĥîdé ~~]</translation>
    </message>
    <message>
      <source>Hide {name}</source>
      <translation>[Ĥîdé {name} ~~~~]</translation>
    </message>
    <message>
      <source>Text {number}, send {keyword}</source>
      <translation>[Ţéxţ {number}, šéñd {keyword} ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>[Çöpý ~~]</translation>
    </message>
    <message>
      <source>Copy {number}</source>
      <translation>[Çöpý {number} ~~~~~]</translation>
    </message>
    <message>
      <source>Copied {number}.</source>
      <translation>[Çöpîéd {number}. ~~~~~~]</translation>
    </message>
    <message>
      <source>Opening {number} in your calling app…</source>
      <translation>[Öpéñîñĝ {number} îñ ýöûŕ çàļļîñĝ àpp… ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>This computer has no app for that, so {number} is copied: you can dial it from a phone.</source>
      <translation>[Ţĥîš çömpûţéŕ ĥàš ñö àpp föŕ ţĥàţ, šö {number} îš çöpîéd: ýöû çàñ dîàļ îţ fŕöm à pĥöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>DiaryCardView</name>
    <message>
      <source>Weekly diary card</source>
      <translation>[Ŵééķļý dîàŕý çàŕd ~~~~~~]</translation>
    </message>
    <message>
      <source>‹ Previous week</source>
      <translation>[‹ Pŕévîöûš ŵééķ ~~~~~~]</translation>
    </message>
    <message>
      <source>Next week ›</source>
      <translation>[Ñéxţ ŵééķ › ~~~~]</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>[Ţĥîš ŵééķ ~~~]</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>[Ŵééķ öf ~~]</translation>
    </message>
    <message>
      <source>Diary card</source>
      <translation>[Dîàŕý çàŕd ~~~~]</translation>
    </message>
    <message>
      <source>Built from your check-ins: the strongest urge and feeling of each day, whether an urge was acted on, and the skills you used. You could bring it to a session.</source>
      <translation>[Bûîļţ fŕöm ýöûŕ çĥéçķ-îñš: ţĥé šţŕöñĝéšţ ûŕĝé àñd fééļîñĝ öf éàçĥ dàý, ŵĥéţĥéŕ àñ ûŕĝé ŵàš àçţéd öñ, àñd ţĥé šķîļļš ýöû ûšéd. Ýöû çöûļd bŕîñĝ îţ ţö à šéššîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>GoalEditor</name>
    <message>
      <source>Specific: what exactly will you do?</source>
      <translation>[Špéçîfîç: ŵĥàţ éxàçţļý ŵîļļ ýöû dö? ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. Five minutes of paced breathing when I get home from work</source>
      <translation>[é.ĝ. Fîvé mîñûţéš öf pàçéd bŕéàţĥîñĝ ŵĥéñ Î ĝéţ ĥömé fŕöm ŵöŕķ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Measurable: how will you know it's happening?</source>
      <translation>[Méàšûŕàbļé: ĥöŵ ŵîļļ ýöû ķñöŵ îţ'š ĥàppéñîñĝ? ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. I'll count it in my check-ins, three times a week</source>
      <translation>[é.ĝ. Î'ļļ çöûñţ îţ îñ mý çĥéçķ-îñš, ţĥŕéé ţîméš à ŵééķ ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Achievable: what makes it doable right now?</source>
      <translation>[Àçĥîévàbļé: ŵĥàţ màķéš îţ döàbļé ŕîĝĥţ ñöŵ? ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. It's short, and I already know how</source>
      <translation>[é.ĝ. Îţ'š šĥöŕţ, àñd Î àļŕéàdý ķñöŵ ĥöŵ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Relevant: why does it matter to you?</source>
      <translation>[Ŕéļévàñţ: ŵĥý döéš îţ màţţéŕ ţö ýöû? ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. Evenings are when things feel hardest</source>
      <translation>[é.ĝ. Évéñîñĝš àŕé ŵĥéñ ţĥîñĝš fééļ ĥàŕdéšţ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Time-bound: by when, or for how long?</source>
      <translation>[Ţîmé-böûñd: bý ŵĥéñ, öŕ föŕ ĥöŵ ļöñĝ? ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. For the next four weeks, then I'll look back</source>
      <translation>[é.ĝ. Föŕ ţĥé ñéxţ föûŕ ŵééķš, ţĥéñ Î'ļļ ļööķ bàçķ ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your goal</source>
      <translation>[Ýöûŕ ĝöàļ ~~~]</translation>
    </message>
    <message>
      <source>A new goal</source>
      <translation>[À ñéŵ ĝöàļ ~~~~]</translation>
    </message>
    <message>
      <source>Goal editor</source>
      <translation>[Ĝöàļ édîţöŕ ~~~~]</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>[Šţàŕţ fŕöm ~~~~]</translation>
    </message>
    <message>
      <source>My own goal</source>
      <translation>[Mý öŵñ ĝöàļ ~~~~]</translation>
    </message>
    <message>
      <source>Name of the goal</source>
      <translation>[Ñàmé öf ţĥé ĝöàļ ~~~~~~]</translation>
    </message>
    <message>
      <source>A few words you'll recognise</source>
      <translation>[À féŵ ŵöŕdš ýöû'ļļ ŕéçöĝñîšé ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>What to count</source>
      <translation>[Ŵĥàţ ţö çöûñţ ~~~~~]</translation>
    </message>
    <message>
      <source>No number yet</source>
      <translation>[Ñö ñûmbéŕ ýéţ ~~~~~]</translation>
    </message>
    <message>
      <source>Aim for</source>
      <translation>[Àîm föŕ ~~]</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>[Ĥöŵ öfţéñ ~~~]</translation>
    </message>
    <message>
      <source>each week</source>
      <translation>[éàçĥ ŵééķ ~~~]</translation>
    </message>
    <message>
      <source>in total</source>
      <translation>[îñ ţöţàļ ~~~]</translation>
    </message>
    <message>
      <source>What you're counting</source>
      <translation>[Ŵĥàţ ýöû'ŕé çöûñţîñĝ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>e.g. walks, pages, nights</source>
      <translation>[é.ĝ. ŵàļķš, pàĝéš, ñîĝĥţš ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>By</source>
      <translation>[Bý ~~]</translation>
    </message>
    <message>
      <source>Look at it again on</source>
      <translation>[Ļööķ àţ îţ àĝàîñ öñ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Things you could add</source>
      <translation>[Ţĥîñĝš ýöû çöûļd àdd ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>[Ñàmé ~~]</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>[Dàţéš ~~]</translation>
    </message>
    <message>
      <source>A goal you can see yourself doing. Fill in as much as helps; you can save at any point and come back.</source>
      <translation>[À ĝöàļ ýöû çàñ šéé ýöûŕšéļf döîñĝ. Fîļļ îñ àš mûçĥ àš ĥéļpš; ýöû çàñ šàvé àţ àñý pöîñţ àñd çömé bàçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save ({keys})</source>
      <translation>[Šàvé ({keys}) ~~~~~]</translation>
    </message>
    <message>
      <source>Some things you could add (saving is fine either way):</source>
      <translation>[Šömé ţĥîñĝš ýöû çöûļd àdd (šàvîñĝ îš fîñé éîţĥéŕ ŵàý): ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>This goal says what, how you'll know, why it matters and when. You can change any of it later.</source>
      <translation>[Ţĥîš ĝöàļ šàýš ŵĥàţ, ĥöŵ ýöû'ļļ ķñöŵ, ŵĥý îţ màţţéŕš àñd ŵĥéñ. Ýöû çàñ çĥàñĝé àñý öf îţ ļàţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>GoalGlance</name>
    <message>
      <source>A goal step</source>
      <translation>[À ĝöàļ šţép ~~~~]</translation>
    </message>
    <message>
      <source>Time to look at a goal</source>
      <translation>[Ţîmé ţö ļööķ àţ à ĝöàļ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Open goals</source>
      <translation>[Öpéñ ĝöàļš ~~~~]</translation>
    </message>
    <message>
      <source>A next step</source>
      <translation>[À ñéxţ šţép ~~~~]</translation>
    </message>
    <message>
      <source>{step} (by {day}), for “{goal}”.</source>
      <translation>[{step} (bý {day}), föŕ “{goal}”. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{step}, for “{goal}”.</source>
      <translation>[{step}, föŕ “{goal}”. ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your active goals have no open steps right now.</source>
      <translation>[Ýöûŕ àçţîvé ĝöàļš ĥàvé ñö öpéñ šţépš ŕîĝĥţ ñöŵ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Time to look at “{goal}”? When you're ready, a short review can help.</source>
      <translation>[Ţîmé ţö ļööķ àţ “{goal}”? Ŵĥéñ ýöû'ŕé ŕéàdý, à šĥöŕţ ŕévîéŵ çàñ ĥéļp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>GoalsPage</name>
    <message>
      <source>Goals</source>
      <translation>[Ĝöàļš ~~]</translation>
    </message>
    <message>
      <source>Write a goal of my own…</source>
      <translation>[Ŵŕîţé à ĝöàļ öf mý öŵñ… ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>No goals yet</source>
      <translation>[Ñö ĝöàļš ýéţ ~~~~]</translation>
    </message>
    <message>
      <source>A goal here is something small and clear that matters to you, with steps you can tick off. RecoveryDesk can count progress from what you already log, so there's nothing extra to type.</source>
      <translation>[À ĝöàļ ĥéŕé îš šöméţĥîñĝ šmàļļ àñd çļéàŕ ţĥàţ màţţéŕš ţö ýöû, ŵîţĥ šţépš ýöû çàñ ţîçķ öff. ŔéçövéŕýDéšķ çàñ çöûñţ pŕöĝŕéšš fŕöm ŵĥàţ ýöû àļŕéàdý ļöĝ, šö ţĥéŕé'š ñöţĥîñĝ éxţŕà ţö ţýpé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You could start from one of these and make it your own</source>
      <translation>[Ýöû çöûļd šţàŕţ fŕöm öñé öf ţĥéšé àñd màķé îţ ýöûŕ öŵñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Start from: {goal}</source>
      <translation>[Šţàŕţ fŕöm: {goal} ~~~~~~~]</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>[Ñéŵ ĝöàļ… ~~~]</translation>
    </message>
    <message>
      <source>New goal (Ctrl+N)</source>
      <translation>[Ñéŵ ĝöàļ (Çţŕļ+Ñ) ~~~~~~]</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>[Dûé šööñ ~~~]</translation>
    </message>
    <message>
      <source>Your goals</source>
      <translation>[Ýöûŕ ĝöàļš ~~~~]</translation>
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation>[Šmàļļ, çļéàŕ šţépš ţöŵàŕdš ŵĥàţ màţţéŕš ţö ýöû. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>[Ŕéçöĝñîţîöñ ~~~~]</translation>
    </message>
    <message>
      <source>Time to look at this goal</source>
      <translation>[Ţîmé ţö ļööķ àţ ţĥîš ĝöàļ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>[Pŕöĝŕéšš ~~~]</translation>
    </message>
    <message>
      <source>Where you are now</source>
      <translation>[Ŵĥéŕé ýöû àŕé ñöŵ ~~~~~~]</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>[Ûpdàţé ~~]</translation>
    </message>
    <message>
      <source>Update the number</source>
      <translation>[Ûpdàţé ţĥé ñûmbéŕ ~~~~~~]</translation>
    </message>
    <message>
      <source>Where you are now:</source>
      <translation>[Ŵĥéŕé ýöû àŕé ñöŵ: ~~~~~~~]</translation>
    </message>
    <message>
      <source>Steps (Space ticks, Alt+Up and Alt+Down move)</source>
      <translation>[Šţépš (Špàçé ţîçķš, Àļţ+Ûp àñd Àļţ+Döŵñ mövé) ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>[Ñéŵ šţép ~~~]</translation>
    </message>
    <message>
      <source>A new step: type here and press Enter</source>
      <translation>[À ñéŵ šţép: ţýpé ĥéŕé àñd pŕéšš Éñţéŕ ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>By</source>
      <translation>[Bý ~~]</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>[Ûp ~~]</translation>
    </message>
    <message>
      <source>Up (step)</source>
      <translation>[Ûp (šţép) ~~~]</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>[Döŵñ ~~]</translation>
    </message>
    <message>
      <source>Down (step)</source>
      <translation>[Döŵñ (šţép) ~~~~]</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>[Ŕémövé šţép ~~~~]</translation>
    </message>
    <message>
      <source>Edit goal…</source>
      <translation>[Édîţ ĝöàļ… ~~~~]</translation>
    </message>
    <message>
      <source>Write a review…</source>
      <translation>[Ŵŕîţé à ŕévîéŵ… ~~~~~~]</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>[Pàûšé ~~]</translation>
    </message>
    <message>
      <source>Mark achieved</source>
      <translation>[Màŕķ àçĥîévéd ~~~~~]</translation>
    </message>
    <message>
      <source>Let it go</source>
      <translation>[Ļéţ îţ ĝö ~~~]</translation>
    </message>
    <message>
      <source>Set this goal aside. You can pick it up again.</source>
      <translation>[Šéţ ţĥîš ĝöàļ àšîdé. Ýöû çàñ pîçķ îţ ûp àĝàîñ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Delete for good…</source>
      <translation>[Déļéţé föŕ ĝööd… ~~~~~~]</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>[Šţépš ~~]</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>[Ŕévîéŵš ~~]</translation>
    </message>
    <message>
      <source>The goal</source>
      <translation>[Ţĥé ĝöàļ ~~~]</translation>
    </message>
    <message>
      <source>Due soon: {steps}</source>
      <translation>[Dûé šööñ: {steps} ~~~~~~]</translation>
    </message>
    <message>
      <source>{step} ({goal}, was due {day})</source>
      <translation>[{step} ({goal}, ŵàš dûé {day}) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{step} ({goal}, by {day})</source>
      <translation>[{step} ({goal}, bý {day}) ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>[Àçţîvé ~~]</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>[Pàûšéd ~~]</translation>
    </message>
    <message>
      <source>Recently achieved</source>
      <translation>[Ŕéçéñţļý àçĥîévéd ~~~~~~]</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>[Àŕçĥîvé ~~]</translation>
    </message>
    <message>
      <source>{state} since {day} · aiming for {target}</source>
      <translation>[{state} šîñçé {day} · àîmîñĝ föŕ {target} ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{state} since {day}</source>
      <translation>[{state} šîñçé {day} ~~~~~~~]</translation>
    </message>
    <message>
      <source>You reached this on {day}. That took steady effort; it's worth taking a moment to notice it.</source>
      <translation>[Ýöû ŕéàçĥéd ţĥîš öñ {day}. Ţĥàţ ţööķ šţéàdý éfföŕţ; îţ'š ŵöŕţĥ ţàķîñĝ à möméñţ ţö ñöţîçé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You set this one aside. That's a choice too; you can pick it up again any time.</source>
      <translation>[Ýöû šéţ ţĥîš öñé àšîdé. Ţĥàţ'š à çĥöîçé ţöö; ýöû çàñ pîçķ îţ ûp àĝàîñ àñý ţîmé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Time to look at this goal? When you're ready, a short review can help you see what's working.</source>
      <translation>[Ţîmé ţö ļööķ àţ ţĥîš ĝöàļ? Ŵĥéñ ýöû'ŕé ŕéàdý, à šĥöŕţ ŕévîéŵ çàñ ĥéļp ýöû šéé ŵĥàţ'š ŵöŕķîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You could add to this goal when it suits you:</source>
      <translation>[Ýöû çöûļd àdd ţö ţĥîš ĝöàļ ŵĥéñ îţ šûîţš ýöû: ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>[Ŕéšûmé ~~]</translation>
    </message>
    <message>
      <source>Pick it up again</source>
      <translation>[Pîçķ îţ ûp àĝàîñ ~~~~~~]</translation>
    </message>
    <message>
      <source>No reviews yet. “Write a review…” keeps a short, dated note of how it's going.</source>
      <translation>[Ñö ŕévîéŵš ýéţ. “Ŵŕîţé à ŕévîéŵ…” ķéépš à šĥöŕţ, dàţéd ñöţé öf ĥöŵ îţ'š ĝöîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Review kept.</source>
      <translation>[Ŕévîéŵ ķépţ. ~~~~]</translation>
    </message>
    <message>
      <source>Goal saved.</source>
      <translation>[Ĝöàļ šàvéd. ~~~~]</translation>
    </message>
    <message>
      <source>Marked achieved. Well done for getting here.</source>
      <translation>[Màŕķéd àçĥîévéd. Ŵéļļ döñé föŕ ĝéţţîñĝ ĥéŕé. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Paused. It'll be here when you're ready.</source>
      <translation>[Pàûšéd. Îţ'ļļ bé ĥéŕé ŵĥéñ ýöû'ŕé ŕéàdý. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Let go. You can pick it up again any time.</source>
      <translation>[Ļéţ ĝö. Ýöû çàñ pîçķ îţ ûp àĝàîñ àñý ţîmé. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Active again.</source>
      <translation>[Àçţîvé àĝàîñ. ~~~~~]</translation>
    </message>
    <message>
      <source>Delete this goal?</source>
      <translation>[Déļéţé ţĥîš ĝöàļ? ~~~~~~]</translation>
    </message>
    <message>
      <source>Delete “{goal}” with its steps and reviews? This can't be undone. Goals you let go can also simply stay in the archive.</source>
      <translation>[Déļéţé “{goal}” ŵîţĥ îţš šţépš àñd ŕévîéŵš? Ţĥîš çàñ'ţ bé ûñdöñé. Ĝöàļš ýöû ļéţ ĝö çàñ àļšö šîmpļý šţàý îñ ţĥé àŕçĥîvé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Goal deleted.</source>
      <translation>[Ĝöàļ déļéţéd. ~~~~~]</translation>
    </message>
    <message>
      <source>Updated.</source>
      <translation>[Ûpdàţéd. ~~~]</translation>
    </message>
    <message>
      <source>{step} (done {day})</source>
      <translation>[{step} (döñé {day}) ~~~~~~~]</translation>
    </message>
    <message>
      <source>{step} (by {day})</source>
      <translation>[{step} (bý {day}) ~~~~~~]</translation>
    </message>
    <message>
      <source>Went well</source>
      <translation>[Ŵéñţ ŵéļļ ~~~]</translation>
    </message>
    <message>
      <source>Got in the way</source>
      <translation>[Ĝöţ îñ ţĥé ŵàý ~~~~~]</translation>
    </message>
    <message>
      <source>Next small step</source>
      <translation>[Ñéxţ šmàļļ šţép ~~~~~~]</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>[Ñöţé ~~]</translation>
    </message>
  </context>
  <context>
    <name>HelpAccess</name>
    <message>
      <source>Get help now</source>
      <translation>[Ĝéţ ĥéļp ñöŵ ~~~~]</translation>
    </message>
    <message>
      <source>Crisis lines and people who can help, any time ({shortcut})</source>
      <translation>[Çŕîšîš ļîñéš àñd péöpļé ŵĥö çàñ ĥéļp, àñý ţîmé ({shortcut}) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>[Ķéýböàŕd šĥöŕţçûţš ~~~~~~~]</translation>
    </message>
    <message>
      <source>In a check-in: rate mood or an urge</source>
      <translation>[Îñ à çĥéçķ-îñ: ŕàţé mööd öŕ àñ ûŕĝé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>a digit 0–5, or the arrow keys</source>
      <translation>[à dîĝîţ 0–5, öŕ ţĥé àŕŕöŵ ķéýš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>In a check-in: save</source>
      <translation>[Îñ à çĥéçķ-îñ: šàvé ~~~~~~~]</translation>
    </message>
    <message>
      <source>In a skill: next, back, pause, stop</source>
      <translation>[Îñ à šķîļļ: ñéxţ, bàçķ, pàûšé, šţöp ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>What</source>
      <translation>[Ŵĥàţ ~~]</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>[Ķéýš ~~]</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>[Ĥéļp ~~]</translation>
    </message>
    <message>
      <source>Help topics</source>
      <translation>[Ĥéļp ţöpîçš ~~~~]</translation>
    </message>
    <message>
      <source>Help text</source>
      <translation>[Ĥéļp ţéxţ ~~~]</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of your plan</source>
      <translation>[Éàŕļîéŕ véŕšîöñš öf ýöûŕ pļàñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved versions</source>
      <translation>[Šàvéd véŕšîöñš ~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>{when} — %n item(s)</source>
      <translation>
        <numerusform>[{when} — %n îţém ~~~~~~]</numerusform>
        <numerusform>[{when} — %n îţémš ~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>[Pŕévîéŵ ~~]</translation>
    </message>
    <message>
      <source>Bring this version back</source>
      <translation>[Bŕîñĝ ţĥîš véŕšîöñ bàçķ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çļöšé ~~]</translation>
    </message>
    <message>
      <source>No saved versions yet.</source>
      <translation>[Ñö šàvéd véŕšîöñš ýéţ. ~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>A RecoveryDesk export (JSON)</source>
      <translation>[À ŔéçövéŕýDéšķ éxpöŕţ (ĴŠÖÑ) ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>[ĴŠÖÑ (*.ĵšöñ) ~~~~~]</translation>
    </message>
    <message>
      <source>Daylio (CSV export)</source>
      <translation>[Dàýļîö (ÇŠV éxpöŕţ) ~~~~~~~]</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>[ÇŠV (*.çšv) ~~~~]</translation>
    </message>
    <message>
      <source>jrnl (JSON export)</source>
      <translation>[ĵŕñļ (ĴŠÖÑ éxpöŕţ) ~~~~~~~]</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>[Împöŕţ ~~]</translation>
    </message>
    <message>
      <source>Import from</source>
      <translation>[Împöŕţ fŕöm ~~~~]</translation>
    </message>
    <message>
      <source>You'll see what the file holds before anything is added.</source>
      <translation>[Ýöû'ļļ šéé ŵĥàţ ţĥé fîļé ĥöļdš béföŕé àñýţĥîñĝ îš àddéd. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Choose the file…</source>
      <translation>[Çĥööšé ţĥé fîļé… ~~~~~~]</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>[Ŕéàdîñĝ ţĥé fîļé… ~~~~~~]</translation>
    </message>
    <message>
      <source>Import these now? All of it is added at once, or nothing.</source>
      <translation>[Împöŕţ ţĥéšé ñöŵ? Àļļ öf îţ îš àddéd àţ öñçé, öŕ ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>[Împöŕţîñĝ… ~~~~]</translation>
    </message>
    <message>
      <source>Imported. {counts} added.</source>
      <translation>[Împöŕţéd. {counts} àddéd. ~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>InsightsDialogs</name>
    <message>
      <source>This file will not be encrypted: anyone who can open it can read it. It is made readable by your user account only. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>[Ţĥîš fîļé ŵîļļ ñöţ bé éñçŕýpţéd: àñýöñé ŵĥö çàñ öpéñ îţ çàñ ŕéàd îţ. Îţ îš màdé ŕéàdàbļé bý ýöûŕ ûšéŕ àççöûñţ öñļý. Ķéép îţ šöméŵĥéŕé pŕîvàţé, àñd déļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééd îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>[Çàñçéļ ~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk</source>
      <translation>[ŔéçövéŕýDéšķ ~~~~]</translation>
    </message>
    <message>
      <source>Stopped. Nothing was saved.</source>
      <translation>[Šţöppéd. Ñöţĥîñĝ ŵàš šàvéd. ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>That didn't work this time. Nothing was saved.</source>
      <translation>[Ţĥàţ dîdñ'ţ ŵöŕķ ţĥîš ţîmé. Ñöţĥîñĝ ŵàš šàvéd. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Couldn't save {file} ({reason}).</source>
      <translation>[Çöûļdñ'ţ šàvé {file} ({reason}). ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{what} saved to {path}. This file will not be encrypted.</source>
      <translation>[{what} šàvéd ţö {path}. Ţĥîš fîļé ŵîļļ ñöţ bé éñçŕýpţéd. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save the diary card</source>
      <translation>[Šàvé ţĥé dîàŕý çàŕd ~~~~~~~]</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>[PDF (*.pdf) ~~~~]</translation>
    </message>
    <message>
      <source>The diary card</source>
      <translation>[Ţĥé dîàŕý çàŕd ~~~~~]</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>[Éxpöŕţ ~~]</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>[Föŕmàţ ~~]</translation>
    </message>
    <message>
      <source>Everything, one JSON file</source>
      <translation>[Évéŕýţĥîñĝ, öñé ĴŠÖÑ fîļé ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Everything, a folder of CSV files</source>
      <translation>[Évéŕýţĥîñĝ, à föļdéŕ öf ÇŠV fîļéš ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The journal, a folder of Markdown files</source>
      <translation>[Ţĥé ĵöûŕñàļ, à föļdéŕ öf Màŕķdöŵñ fîļéš ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Only from {first} to {last}</source>
      <translation>[Öñļý fŕöm {first} ţö {last} ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Choose where…</source>
      <translation>[Çĥööšé ŵĥéŕé… ~~~~~]</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>[Éxpöŕţ ţö ~~~]</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>[ĴŠÖÑ (*.ĵšöñ) ~~~~~]</translation>
    </message>
    <message>
      <source>A new folder (*)</source>
      <translation>[À ñéŵ föļdéŕ (*) ~~~~~~]</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>[Éxpöŕţîñĝ… ~~~~]</translation>
    </message>
    <message>
      <source>Exported to {path}. It is not encrypted.</source>
      <translation>[Éxpöŕţéd ţö {path}. Îţ îš ñöţ éñçŕýpţéd. ~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>InsightsPage</name>
    <message>
      <source>Mood and urges</source>
      <translation>[Mööd àñd ûŕĝéš ~~~~~]</translation>
    </message>
    <message>
      <source>Urges acted on</source>
      <translation>[Ûŕĝéš àçţéd öñ ~~~~~]</translation>
    </message>
    <message>
      <source>Feelings by week</source>
      <translation>[Fééļîñĝš bý ŵééķ ~~~~~~]</translation>
    </message>
    <message>
      <source>Skills used, and your urge before and after</source>
      <translation>[Šķîļļš ûšéd, àñd ýöûŕ ûŕĝé béföŕé àñd àfţéŕ ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Sleep and mood</source>
      <translation>[Šļéép àñd mööd ~~~~~]</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>[Îñšîĝĥţš ~~~]</translation>
    </message>
    <message>
      <source>From</source>
      <translation>[Fŕöm ~~]</translation>
    </message>
    <message>
      <source>To</source>
      <translation>[Ţö ~~]</translation>
    </message>
    <message>
      <source>Show by</source>
      <translation>[Šĥöŵ bý ~~]</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>[Bý dàý ~~]</translation>
    </message>
    <message>
      <source>By week</source>
      <translation>[Bý ŵééķ ~~]</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>[Bý möñţĥ ~~~]</translation>
    </message>
    <message>
      <source>to</source>
      <comment>from one date to another</comment>
      <translation>[ţö ~~]</translation>
    </message>
    <message>
      <source>4 weeks</source>
      <translation>[4 ŵééķš ~~]</translation>
    </message>
    <message>
      <source>Show the last 4 weeks</source>
      <translation>[Šĥöŵ ţĥé ļàšţ 4 ŵééķš ~~~~~~~~]</translation>
    </message>
    <message>
      <source>12 weeks</source>
      <translation>[12 ŵééķš ~~~]</translation>
    </message>
    <message>
      <source>Show the last 12 weeks</source>
      <translation>[Šĥöŵ ţĥé ļàšţ 12 ŵééķš ~~~~~~~~]</translation>
    </message>
    <message>
      <source>A year</source>
      <translation>[À ýéàŕ ~~]</translation>
    </message>
    <message>
      <source>Show the last year</source>
      <translation>[Šĥöŵ ţĥé ļàšţ ýéàŕ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Save diary card as PDF…</source>
      <translation>[Šàvé dîàŕý çàŕd àš PDF… ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Print diary card…</source>
      <translation>[Pŕîñţ dîàŕý çàŕd… ~~~~~~]</translation>
    </message>
    <message>
      <source>Report for your therapist…</source>
      <translation>[Ŕépöŕţ föŕ ýöûŕ ţĥéŕàpîšţ… ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>[Éxpöŕţ… ~~]</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>[Împöŕţ… ~~]</translation>
    </message>
    <message>
      <source>Charts status</source>
      <translation>[Çĥàŕţš šţàţûš ~~~~~]</translation>
    </message>
    <message>
      <source>Insights views</source>
      <translation>[Îñšîĝĥţš vîéŵš ~~~~~]</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>[Çĥàŕţš ~~]</translation>
    </message>
    <message>
      <source>Diary card</source>
      <translation>[Dîàŕý çàŕd ~~~~]</translation>
    </message>
    <message>
      <source>How things have been, from your check-ins and skills. Only you see this, unless you choose to share it.</source>
      <translation>[Ĥöŵ ţĥîñĝš ĥàvé bééñ, fŕöm ýöûŕ çĥéçķ-îñš àñd šķîļļš. Öñļý ýöû šéé ţĥîš, ûñļéšš ýöû çĥööšé ţö šĥàŕé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Getting your charts ready…</source>
      <translation>[Ĝéţţîñĝ ýöûŕ çĥàŕţš ŕéàdý… ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>From {first} to {last}.</source>
      <translation>[Fŕöm {first} ţö {last}. ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The charts couldn't be drawn this time.</source>
      <translation>[Ţĥé çĥàŕţš çöûļdñ'ţ bé dŕàŵñ ţĥîš ţîmé. ~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>JournalListModel</name>
    <message>
      <source>draft</source>
      <translation>[dŕàfţ ~~]</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>[Ûñţîţļéd ~~~]</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <source>Journal</source>
      <translation>[Ĵöûŕñàļ ~~]</translation>
    </message>
    <message>
      <source>Search your journal</source>
      <translation>[Šéàŕçĥ ýöûŕ ĵöûŕñàļ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Only entries with this tag</source>
      <translation>[Öñļý éñţŕîéš ŵîţĥ ţĥîš ţàĝ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>[Béţŵééñ ~~]</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>[Fŕöm dàţé ~~~]</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>[Ţö dàţé ~~]</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>[Šéàŕçĥîñĝ… ~~~~]</translation>
    </message>
    <message>
      <source>Searching your journal</source>
      <translation>[Šéàŕçĥîñĝ ýöûŕ ĵöûŕñàļ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Journal entries</source>
      <translation>[Ĵöûŕñàļ éñţŕîéš ~~~~~~]</translation>
    </message>
    <message>
      <source>No entries yet</source>
      <translation>[Ñö éñţŕîéš ýéţ ~~~~~]</translation>
    </message>
    <message>
      <source>Whatever you write here is kept encrypted on this computer. Start on the right whenever you like.</source>
      <translation>[Ŵĥàţévéŕ ýöû ŵŕîţé ĥéŕé îš ķépţ éñçŕýpţéd öñ ţĥîš çömpûţéŕ. Šţàŕţ öñ ţĥé ŕîĝĥţ ŵĥéñévéŕ ýöû ļîķé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>[Ţîţļé (öpţîöñàļ) ~~~~~~]</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>[Ţîţļé ~~]</translation>
    </message>
    <message>
      <source>Tags, separated by commas (optional)</source>
      <translation>[Ţàĝš, šépàŕàţéd bý çömmàš (öpţîöñàļ) ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>[Ţàĝš ~~]</translation>
    </message>
    <message>
      <source>Journal entry</source>
      <translation>[Ĵöûŕñàļ éñţŕý ~~~~~]</translation>
    </message>
    <message>
      <source>Write whatever you like. Markdown works too.</source>
      <translation>[Ŵŕîţé ŵĥàţévéŕ ýöû ļîķé. Màŕķdöŵñ ŵöŕķš ţöö. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>[Pŕévîéŵ ~~]</translation>
    </message>
    <message>
      <source>New entry from a template</source>
      <translation>[Ñéŵ éñţŕý fŕöm à ţémpļàţé ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>[Ñéŵ éñţŕý ~~~]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ~~]</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>[Šàvé (Çţŕļ+Š) ~~~~~]</translation>
    </message>
    <message>
      <source>Save as template…</source>
      <translation>[Šàvé àš ţémpļàţé… ~~~~~~]</translation>
    </message>
    <message>
      <source>Keep this text as a template for new entries (an existing template with the same name is replaced)</source>
      <translation>[Ķéép ţĥîš ţéxţ àš à ţémpļàţé föŕ ñéŵ éñţŕîéš (àñ éxîšţîñĝ ţémpļàţé ŵîţĥ ţĥé šàmé ñàmé îš ŕépļàçéd) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>[Déļéţé ~~]</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>[Ûñdö ~~]</translation>
    </message>
    <message>
      <source>Undo delete</source>
      <translation>[Ûñdö déļéţé ~~~~]</translation>
    </message>
    <message>
      <source>Yours alone: kept encrypted, and saved as a draft while you write.</source>
      <translation>[Ýöûŕš àļöñé: ķépţ éñçŕýpţéd, àñd šàvéd àš à dŕàfţ ŵĥîļé ýöû ŵŕîţé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Kept as a draft at {time}.</source>
      <translation>[Ķépţ àš à dŕàfţ àţ {time}. ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>There's nothing to save yet.</source>
      <translation>[Ţĥéŕé'š ñöţĥîñĝ ţö šàvé ýéţ. ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>[Šàvéd. ~~]</translation>
    </message>
    <message>
      <source>Entry deleted.</source>
      <translation>[Éñţŕý déļéţéd. ~~~~~]</translation>
    </message>
    <message>
      <source>The entry is back.</source>
      <translation>[Ţĥé éñţŕý îš bàçķ. ~~~~~~~]</translation>
    </message>
    <message>
      <source>We kept what you were writing. It's here for you.</source>
      <translation>[Ŵé ķépţ ŵĥàţ ýöû ŵéŕé ŵŕîţîñĝ. Îţ'š ĥéŕé föŕ ýöû. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Nothing matches</source>
      <translation>[Ñöţĥîñĝ màţçĥéš ~~~~~~]</translation>
    </message>
    <message>
      <source>You could try other words, another tag or wider dates.</source>
      <translation>[Ýöû çöûļd ţŕý öţĥéŕ ŵöŕdš, àñöţĥéŕ ţàĝ öŕ ŵîdéŕ dàţéš. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Searching didn't work this time. Your entries are safe.</source>
      <translation>[Šéàŕçĥîñĝ dîdñ'ţ ŵöŕķ ţĥîš ţîmé. Ýöûŕ éñţŕîéš àŕé šàfé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>[Àñý ţàĝ ~~]</translation>
    </message>
    <message>
      <source>Template: {name}</source>
      <translation>[Ţémpļàţé: {name} ~~~~~~]</translation>
    </message>
    <message>
      <source>Save as template</source>
      <translation>[Šàvé àš ţémpļàţé ~~~~~~]</translation>
    </message>
    <message>
      <source>A name for this template:</source>
      <translation>[À ñàmé föŕ ţĥîš ţémpļàţé: ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved as the template “{name}”.</source>
      <translation>[Šàvéd àš ţĥé ţémpļàţé “{name}”. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Blank</source>
      <translation>[Bļàñķ ~~]</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Locked</source>
      <translation>[Ļöçķéd ~~]</translation>
    </message>
    <message>
      <source>Welcome back</source>
      <translation>[Ŵéļçömé bàçķ ~~~~]</translation>
    </message>
    <message>
      <source>Your space is locked. Type your passphrase to open it.</source>
      <translation>[Ýöûŕ špàçé îš ļöçķéd. Ţýpé ýöûŕ pàššpĥŕàšé ţö öpéñ îţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>[Pàššpĥŕàšé ~~~~]</translation>
    </message>
    <message>
      <source>Show passphrase</source>
      <translation>[Šĥöŵ pàššpĥŕàšé ~~~~~~]</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>[Ûñļöçķ ~~]</translation>
    </message>
    <message>
      <source>Forgot your passphrase?</source>
      <translation>[Föŕĝöţ ýöûŕ pàššpĥŕàšé? ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Open your space with your recovery key instead</source>
      <translation>[Öpéñ ýöûŕ špàçé ŵîţĥ ýöûŕ ŕéçövéŕý ķéý îñšţéàd ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Hide recovery key</source>
      <translation>[Ĥîdé ŕéçövéŕý ķéý ~~~~~~]</translation>
    </message>
    <message>
      <source>Show recovery key</source>
      <translation>[Šĥöŵ ŕéçövéŕý ķéý ~~~~~~]</translation>
    </message>
    <message>
      <source>Hide passphrase</source>
      <translation>[Ĥîdé pàššpĥŕàšé ~~~~~~]</translation>
    </message>
    <message>
      <source>Type or paste your recovery key. Spaces, dashes and capitals don't matter.</source>
      <translation>[Ţýpé öŕ pàšţé ýöûŕ ŕéçövéŕý ķéý. Špàçéš, dàšĥéš àñd çàpîţàļš döñ'ţ màţţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>[Ŕéçövéŕý ķéý ~~~~]</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>[Ûšé mý pàššpĥŕàšé îñšţéàd ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>[Öpéñîñĝ… ~~~]</translation>
    </message>
    <message>
      <source>You can try again now. Take your time.</source>
      <translation>[Ýöû çàñ ţŕý àĝàîñ ñöŵ. Ţàķé ýöûŕ ţîmé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>That didn't open it. To keep your space safe, you can try again in %n second(s).</source>
      <translation>
        <numerusform>[Ţĥàţ dîdñ'ţ öpéñ îţ. Ţö ķéép ýöûŕ špàçé šàfé, ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Ţĥàţ dîdñ'ţ öpéñ îţ. Ţö ķéép ýöûŕ špàçé šàfé, ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñdš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Lock</source>
      <translation>[Ļöçķ ~~]</translation>
    </message>
    <message>
      <source>Lock now ({shortcut})</source>
      <translation>[Ļöçķ ñöŵ ({shortcut}) ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>[Ļöçķ ñöŵ ~~~]</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>[Çĥéçķ îñ… ~~~]</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>[Qûîţ ~~]</translation>
    </message>
    <message>
      <source>Go</source>
      <translation>[Ĝö ~~]</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>[Ĥéļp ~~]</translation>
    </message>
    <message>
      <source>How {app} works</source>
      <translation>[Ĥöŵ {app} ŵöŕķš ~~~~~~]</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>[Àböûţ {app} ~~~~]</translation>
    </message>
    <message>
      <source>You opened your vault with your recovery key. You could choose a new passphrase now, so next time is easier. Your recovery key keeps working.</source>
      <translation>[Ýöû öpéñéd ýöûŕ vàûļţ ŵîţĥ ýöûŕ ŕéçövéŕý ķéý. Ýöû çöûļd çĥööšé à ñéŵ pàššpĥŕàšé ñöŵ, šö ñéxţ ţîmé îš éàšîéŕ. Ýöûŕ ŕéçövéŕý ķéý ķéépš ŵöŕķîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Check-in saved.</source>
      <translation>[Çĥéçķ-îñ šàvéd. ~~~~~~]</translation>
    </message>
    <message>
      <source>Close without keeping your recovery key?</source>
      <translation>[Çļöšé ŵîţĥöûţ ķéépîñĝ ýöûŕ ŕéçövéŕý ķéý? ~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>NeutralCover</name>
    <message>
      <source>Blank screen</source>
      <translation>[Bļàñķ šçŕééñ ~~~~]</translation>
    </message>
    <message>
      <source>Press any key or click to go on.</source>
      <translation>[Pŕéšš àñý ķéý öŕ çļîçķ ţö ĝö öñ. ~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>NewRecoveryKeyDialog</name>
    <message>
      <source>Make a new recovery key</source>
      <translation>[Màķé à ñéŵ ŕéçövéŕý ķéý ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>[Ýöûŕ pàššpĥŕàšé ~~~~~~]</translation>
    </message>
    <message>
      <source>You'll get a new recovery key, shown once, and the old one will stop opening your vault. Useful if you lost it, or if someone else may have seen it. Copies of your vault made before (backups) still open with the old key.</source>
      <translation>[Ýöû'ļļ ĝéţ à ñéŵ ŕéçövéŕý ķéý, šĥöŵñ öñçé, àñd ţĥé öļd öñé ŵîļļ šţöp öpéñîñĝ ýöûŕ vàûļţ. Ûšéfûļ îf ýöû ļöšţ îţ, öŕ îf šöméöñé éļšé màý ĥàvé šééñ îţ. Çöpîéš öf ýöûŕ vàûļţ màdé béföŕé (bàçķûpš) šţîļļ öpéñ ŵîţĥ ţĥé öļd ķéý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase, please: it keeps this safe.</source>
      <translation>[Ýöûŕ pàššpĥŕàšé, pļéàšé: îţ ķéépš ţĥîš šàfé. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>OwnLineDialog</name>
    <message>
      <source>Add your own line</source>
      <translation>[Àdd ýöûŕ öŵñ ļîñé ~~~~~~]</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>[Ñàmé ~~]</translation>
    </message>
    <message>
      <source>Number to call</source>
      <translation>[Ñûmbéŕ ţö çàļļ ~~~~~]</translation>
    </message>
    <message>
      <source>Number to text</source>
      <translation>[Ñûmbéŕ ţö ţéxţ ~~~~~]</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>[Ĥöûŕš ~~]</translation>
    </message>
    <message>
      <source>Hours (optional)</source>
      <translation>[Ĥöûŕš (öpţîöñàļ) ~~~~~~]</translation>
    </message>
    <message>
      <source>A line needs a name and a number to call or text.</source>
      <translation>[À ļîñé ñéédš à ñàmé àñd à ñûmbéŕ ţö çàļļ öŕ ţéxţ. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>PassphraseForm</name>
    <message>
      <source>New passphrase</source>
      <translation>[Ñéŵ pàššpĥŕàšé ~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>[Pàššpĥŕàšé ~~~~]</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>[Ñéŵ pàššpĥŕàšé àĝàîñ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>[Pàššpĥŕàšé àĝàîñ ~~~~~~]</translation>
    </message>
    <message>
      <source>The same passphrase again</source>
      <translation>[Ţĥé šàmé pàššpĥŕàšé àĝàîñ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Passphrase hint</source>
      <translation>[Pàššpĥŕàšé ĥîñţ ~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>PrintPlanDialog</name>
    <message>
      <source>The PDF will not be encrypted: anyone who opens the file can read your plan. Keep it somewhere private, and delete it when you no longer need it.

Save it now?</source>
      <translation>[Ţĥé PDF ŵîļļ ñöţ bé éñçŕýpţéd: àñýöñé ŵĥö öpéñš ţĥé fîļé çàñ ŕéàd ýöûŕ pļàñ. Ķéép îţ šöméŵĥéŕé pŕîvàţé, àñd déļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééd îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]

[Šàvé îţ ñöŵ? ~~~~]</translation>
    </message>
    <message>
      <source>Print your safety plan</source>
      <translation>[Pŕîñţ ýöûŕ šàféţý pļàñ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Name on the plan (optional)</source>
      <translation>[Ñàmé öñ ţĥé pļàñ (öpţîöñàļ) ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Wallet-card size</source>
      <translation>[Ŵàļļéţ-çàŕd šîžé ~~~~~~]</translation>
    </message>
    <message>
      <source>What goes in:</source>
      <translation>[Ŵĥàţ ĝöéš îñ: ~~~~~]</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>[Pŕévîéŵ àñd pŕîñţ… ~~~~~~~]</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>[Šàvé àš PDF… ~~~~]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çļöšé ~~]</translation>
    </message>
    <message>
      <source>Saved to {path}. Only you can open it on this computer.</source>
      <translation>[Šàvéd ţö {path}. Öñļý ýöû çàñ öpéñ îţ öñ ţĥîš çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>[Šàvé àš PDF ~~~~]</translation>
    </message>
    <message>
      <source>Save your safety plan</source>
      <translation>[Šàvé ýöûŕ šàféţý pļàñ ~~~~~~~~]</translation>
    </message>
    <message>
      <source>My safety plan.pdf</source>
      <translation>[Mý šàféţý pļàñ.pdf ~~~~~~~]</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>[PDF fîļéš (*.pdf) ~~~~~~]</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place.</source>
      <translation>[Ţĥàţ fîļé çöûļdñ'ţ bé šàvéd ({reason}). Ýöû çöûļd ţŕý àñöţĥéŕ pļàçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Preview and print</source>
      <translation>[Pŕévîéŵ àñd pŕîñţ ~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>[ÖĶ ~~]</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>[Šàvé ~~]</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>[Öpéñ ~~]</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>[&amp;Ýéš ~~]</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>[&amp;Ñö ~~]</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>[Çļöšé ~~]</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>[Çàñçéļ ~~]</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>[Dîšçàŕd ~~]</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>[Ĥéļp ~~]</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>[Àppļý ~~]</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>[Ŕéšéţ ~~]</translation>
    </message>
  </context>
  <context>
    <name>QuickHide</name>
    <message>
      <source>Notes</source>
      <translation>[Ñöţéš ~~]</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>[Ĥîdé ~~]</translation>
    </message>
    <message>
      <source>Hide and lock</source>
      <translation>[Ĥîdé àñd ļöçķ ~~~~~]</translation>
    </message>
    <message>
      <source>Hide everything and lock ({shortcut})</source>
      <translation>[Ĥîdé évéŕýţĥîñĝ àñd ļöçķ ({shortcut}) ~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>RatingSegment</name>
    <message>
      <source>{n} of {maximum}</source>
      <translation>[{n} öf {maximum} ~~~~~~]</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>[Šķîppéd ~~]</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your new recovery key</source>
      <translation>[Ýöûŕ ñéŵ ŕéçövéŕý ķéý ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>[Ŕéçövéŕý ķéý ~~~~]</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>[Šàvé ţö à fîļé… ~~~~~~]</translation>
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation>[Ţĥé ļàšţ ĝŕöûp öf ýöûŕ ŕéçövéŕý ķéý ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation>[Ţĥé ļàšţ ĝŕöûp, fŕöm ýöûŕ çöpý ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>I've kept it safe</source>
      <translation>[Î'vé ķépţ îţ šàfé ~~~~~~]</translation>
    </message>
    <message>
      <source>This new key opens your vault if you forget your passphrase. Write it down or save it somewhere private now: it is shown only this once.</source>
      <translation>[Ţĥîš ñéŵ ķéý öpéñš ýöûŕ vàûļţ îf ýöû föŕĝéţ ýöûŕ pàššpĥŕàšé. Ŵŕîţé îţ döŵñ öŕ šàvé îţ šöméŵĥéŕé pŕîvàţé ñöŵ: îţ îš šĥöŵñ öñļý ţĥîš öñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>When you have kept it, type its last group here:</source>
      <translation>[Ŵĥéñ ýöû ĥàvé ķépţ îţ, ţýpé îţš ļàšţ ĝŕöûp ĥéŕé: ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Please keep the key first: type its last group above when you have it.</source>
      <translation>[Pļéàšé ķéép ţĥé ķéý fîŕšţ: ţýpé îţš ļàšţ ĝŕöûp àbövé ŵĥéñ ýöû ĥàvé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}).</source>
      <translation>[Ţĥàţ fîļé çöûļdñ'ţ bé šàvéd ({reason}). ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation>[Šàvéd ţö {file}. Öñļý ýöû çàñ ŕéàd îţ. ~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <source>Check-in reminder times</source>
      <translation>[Çĥéçķ-îñ ŕémîñdéŕ ţîméš ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>For example: 09:00, 20:30</source>
      <translation>[Föŕ éxàmpļé: 09:00, 20:30 ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Quiet hours</source>
      <translation>[Qûîéţ ĥöûŕš ~~~~]</translation>
    </message>
    <message>
      <source>For example: 22:00-07:00</source>
      <translation>[Föŕ éxàmpļé: 22:00-07:00 ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>[Ķéép ŕûññîñĝ îñ ţĥé ţŕàý ŵĥéñ ţĥé ŵîñdöŵ îš çļöšéd ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Close to tray</source>
      <translation>[Çļöšé ţö ţŕàý ~~~~~]</translation>
    </message>
    <message>
      <source>At these times RecoveryDesk shows a short note: “{note}” It never says more, so it is safe on a shared screen. Notes come only while the app is running, locked or not.</source>
      <translation>[Àţ ţĥéšé ţîméš ŔéçövéŕýDéšķ šĥöŵš à šĥöŕţ ñöţé: “{note}” Îţ ñévéŕ šàýš möŕé, šö îţ îš šàfé öñ à šĥàŕéd šçŕééñ. Ñöţéš çömé öñļý ŵĥîļé ţĥé àpp îš ŕûññîñĝ, ļöçķéd öŕ ñöţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>This desktop has no system tray, so no notes can be shown here.</source>
      <translation>[Ţĥîš déšķţöp ĥàš ñö šýšţém ţŕàý, šö ñö ñöţéš çàñ bé šĥöŵñ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Remind me to check in at</source>
      <translation>[Ŕémîñd mé ţö çĥéçķ îñ àţ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Not during</source>
      <translation>[Ñöţ dûŕîñĝ ~~~~]</translation>
    </message>
    <message>
      <source>{problem} Your reminders are as they were.</source>
      <translation>[{problem} Ýöûŕ ŕémîñdéŕš àŕé àš ţĥéý ŵéŕé. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Reminders saved.</source>
      <translation>[Ŕémîñdéŕš šàvéd. ~~~~~~]</translation>
    </message>
    <message>
      <source>No reminders.</source>
      <translation>[Ñö ŕémîñdéŕš. ~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <source>Open RecoveryDesk</source>
      <translation>[Öpéñ ŔéçövéŕýDéšķ ~~~~~~]</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>[Çĥéçķ îñ… ~~~]</translation>
    </message>
    <message>
      <source>Get help now</source>
      <translation>[Ĝéţ ĥéļp ñöŵ ~~~~]</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>[Qûîţ ~~]</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Report for your therapist</source>
      <translation>[Ŕépöŕţ föŕ ýöûŕ ţĥéŕàpîšţ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>From</source>
      <translation>[Fŕöm ~~]</translation>
    </message>
    <message>
      <source>To</source>
      <translation>[Ţö ~~]</translation>
    </message>
    <message>
      <source>Name on the report</source>
      <translation>[Ñàmé öñ ţĥé ŕépöŕţ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Your name (optional)</source>
      <translation>[Ýöûŕ ñàmé (öpţîöñàļ) ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Only what you tick goes in. Nothing else does.</source>
      <translation>[Öñļý ŵĥàţ ýöû ţîçķ ĝöéš îñ. Ñöţĥîñĝ éļšé döéš. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Journal entries to include</source>
      <translation>[Ĵöûŕñàļ éñţŕîéš ţö îñçļûdé ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Journal entries: tick each one you want to share.</source>
      <translation>[Ĵöûŕñàļ éñţŕîéš: ţîçķ éàçĥ öñé ýöû ŵàñţ ţö šĥàŕé. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>[Šàvé àš PDF… ~~~~]</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>[Pŕévîéŵ àñd pŕîñţ… ~~~~~~~]</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>[Ûñţîţļéd ~~~]</translation>
    </message>
    <message>
      <source>Tick at least one part to put in the report.</source>
      <translation>[Ţîçķ àţ ļéàšţ öñé pàŕţ ţö pûţ îñ ţĥé ŕépöŕţ. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>[Šàvé ţĥé ŕépöŕţ ~~~~~~]</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>[PDF (*.pdf) ~~~~]</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>[Ţĥé ŕépöŕţ ~~~~]</translation>
    </message>
    <message>
      <source>Making your report…</source>
      <translation>[Màķîñĝ ýöûŕ ŕépöŕţ… ~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>RestorePreviewDialog</name>
    <message>
      <source>Restore this backup?</source>
      <translation>[Ŕéšţöŕé ţĥîš bàçķûp? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>What the backup holds</source>
      <translation>[Ŵĥàţ ţĥé bàçķûp ĥöļdš ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>[Ŕéšţöŕé ţĥîš bàçķûp ~~~~~~~]</translation>
    </message>
    <message>
      <source>The backup checked out.</source>
      <translation>[Ţĥé bàçķûp çĥéçķéd öûţ. ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your restored vault will open with the passphrase you just typed, and with the recovery key you had when the backup was made.</source>
      <translation>[Ýöûŕ ŕéšţöŕéd vàûļţ ŵîļļ öpéñ ŵîţĥ ţĥé pàššpĥŕàšé ýöû ĵûšţ ţýpéd, àñd ŵîţĥ ţĥé ŕéçövéŕý ķéý ýöû ĥàd ŵĥéñ ţĥé bàçķûp ŵàš màdé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Restoring puts this backup in place of everything in RecoveryDesk now. What you have now is kept, encrypted, in the backups folder beside your vault. Your passphrase and recovery key stay as they are.</source>
      <translation>[Ŕéšţöŕîñĝ pûţš ţĥîš bàçķûp îñ pļàçé öf évéŕýţĥîñĝ îñ ŔéçövéŕýDéšķ ñöŵ. Ŵĥàţ ýöû ĥàvé ñöŵ îš ķépţ, éñçŕýpţéd, îñ ţĥé bàçķûpš föļdéŕ béšîdé ýöûŕ vàûļţ. Ýöûŕ pàššpĥŕàšé àñd ŕéçövéŕý ķéý šţàý àš ţĥéý àŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>A look at your goal</source>
      <translation>[À ļööķ àţ ýöûŕ ĝöàļ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>[Ŕévîéŵ ~~]</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>[Ŵĥàţ ŵéñţ ŵéļļ? ~~~~~~]</translation>
    </message>
    <message>
      <source>Even something small counts.</source>
      <translation>[Évéñ šöméţĥîñĝ šmàļļ çöûñţš. ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>What got in the way?</source>
      <translation>[Ŵĥàţ ĝöţ îñ ţĥé ŵàý? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>No judgement: just what happened.</source>
      <translation>[Ñö ĵûdĝéméñţ: ĵûšţ ŵĥàţ ĥàppéñéd. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The next small step</source>
      <translation>[Ţĥé ñéxţ šmàļļ šţép ~~~~~~~]</translation>
    </message>
    <message>
      <source>Something you could do this week.</source>
      <translation>[Šöméţĥîñĝ ýöû çöûļd dö ţĥîš ŵééķ. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add it to my steps</source>
      <translation>[Àdd îţ ţö mý šţépš ~~~~~~~]</translation>
    </message>
    <message>
      <source>Look at it again on</source>
      <translation>[Ļööķ àţ îţ àĝàîñ öñ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Any of these can stay empty.</source>
      <translation>[Àñý öf ţĥéšé çàñ šţàý émpţý. ~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>RideItOutPlayer</name>
    <message>
      <source>Ride it out: a timer</source>
      <translation>[Ŕîdé îţ öûţ: à ţîméŕ ~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>[%n mîñûţé ~~~]</numerusform>
        <numerusform>[%n mîñûţéš ~~~~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ride it out for %n minute(s)</source>
      <translation>
        <numerusform>[Ŕîdé îţ öûţ föŕ %n mîñûţé ~~~~~~~~~~]</numerusform>
        <numerusform>[Ŕîdé îţ öûţ föŕ %n mîñûţéš ~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>Sound at the end</source>
      <translation>[Šöûñd àţ ţĥé éñd ~~~~~~]</translation>
    </message>
    <message>
      <source>No sound</source>
      <translation>[Ñö šöûñd ~~~]</translation>
    </message>
    <message>
      <source>A short beep at the end (your computer's own sound)</source>
      <translation>[À šĥöŕţ béép àţ ţĥé éñd (ýöûŕ çömpûţéŕ'š öŵñ šöûñd) ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Sound:</source>
      <translation>[Šöûñd: ~~]</translation>
    </message>
    <message>
      <source>How long?</source>
      <translation>[Ĥöŵ ļöñĝ? ~~~]</translation>
    </message>
    <message>
      <source>You could breathe slowly, hold something comforting, or watch the clock. Things from your safety plan and your favourite skills show here.</source>
      <translation>[Ýöû çöûļd bŕéàţĥé šļöŵļý, ĥöļd šöméţĥîñĝ çömföŕţîñĝ, öŕ ŵàţçĥ ţĥé çļöçķ. Ţĥîñĝš fŕöm ýöûŕ šàféţý pļàñ àñd ýöûŕ fàvöûŕîţé šķîļļš šĥöŵ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Things you could do meanwhile</source>
      <translation>[Ţĥîñĝš ýöû çöûļd dö méàñŵĥîļé ~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SafetyPlanPage</name>
    <message>
      <source>Safety plan</source>
      <translation>[Šàféţý pļàñ ~~~~]</translation>
    </message>
    <message>
      <source>Earlier versions…</source>
      <translation>[Éàŕļîéŕ véŕšîöñš… ~~~~~~]</translation>
    </message>
    <message>
      <source>See or bring back an earlier version of your plan</source>
      <translation>[Šéé öŕ bŕîñĝ bàçķ àñ éàŕļîéŕ véŕšîöñ öf ýöûŕ pļàñ ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Print or PDF…</source>
      <translation>[Pŕîñţ öŕ PDF… ~~~~~]</translation>
    </message>
    <message>
      <source>Print your plan or save it as PDF</source>
      <translation>[Pŕîñţ ýöûŕ pļàñ öŕ šàvé îţ àš PDF ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add a skill from RecoveryDesk…</source>
      <translation>[Àdd à šķîļļ fŕöm ŔéçövéŕýDéšķ… ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your safety plan</source>
      <translation>[Ýöûŕ šàféţý pļàñ ~~~~~~]</translation>
    </message>
    <message>
      <source>A plan in your own words for hard moments: what to look out for, what helps, and who you can reach. Changes are kept as you make them, and earlier versions too.</source>
      <translation>[À pļàñ îñ ýöûŕ öŵñ ŵöŕdš föŕ ĥàŕd möméñţš: ŵĥàţ ţö ļööķ öûţ föŕ, ŵĥàţ ĥéļpš, àñd ŵĥö ýöû çàñ ŕéàçĥ. Çĥàñĝéš àŕé ķépţ àš ýöû màķé ţĥém, àñd éàŕļîéŕ véŕšîöñš ţöö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>It's been a while since you last changed your plan. When you're ready, you could read it through and see whether it still fits.</source>
      <translation>[Îţ'š bééñ à ŵĥîļé šîñçé ýöû ļàšţ çĥàñĝéd ýöûŕ pļàñ. Ŵĥéñ ýöû'ŕé ŕéàdý, ýöû çöûļd ŕéàd îţ ţĥŕöûĝĥ àñd šéé ŵĥéţĥéŕ îţ šţîļļ fîţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>[Šàvéd. ~~]</translation>
    </message>
    <message>
      <source>Add a skill</source>
      <translation>[Àdd à šķîļļ ~~~~]</translation>
    </message>
    <message>
      <source>Which skill helps you?</source>
      <translation>[Ŵĥîçĥ šķîļļ ĥéļpš ýöû? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>[Çöñţàçţš ~~~]</translation>
    </message>
    <message>
      <source>Add a contact…</source>
      <translation>[Àdd à çöñţàçţ… ~~~~~]</translation>
    </message>
    <message>
      <source>Add a contact: {section}</source>
      <translation>[Àdd à çöñţàçţ: {section} ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{name} is kept in your plan.</source>
      <translation>[{name} îš ķépţ îñ ýöûŕ pļàñ. ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{name} is no longer in your plan.</source>
      <translation>[{name} îš ñö ļöñĝéŕ îñ ýöûŕ pļàñ. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>That version is back. What you had before is kept too.</source>
      <translation>[Ţĥàţ véŕšîöñ îš bàçķ. Ŵĥàţ ýöû ĥàd béföŕé îš ķépţ ţöö. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SectionEditor</name>
    <message>
      <source>{section} (F2 edits, Delete removes)</source>
      <translation>[{section} (F2 édîţš, Déļéţé ŕémövéš) ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>[Ñöţĥîñĝ ĥéŕé ýéţ. ~~~~~~]</translation>
    </message>
    <message>
      <source>New item for {section}</source>
      <translation>[Ñéŵ îţém föŕ {section} ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add: type here and press Enter</source>
      <translation>[Àdd: ţýpé ĥéŕé àñd pŕéšš Éñţéŕ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>[Àdd ~~]</translation>
    </message>
    <message>
      <source>Add to {section}</source>
      <translation>[Àdd ţö {section} ~~~~~~]</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>[Édîţ ~~]</translation>
    </message>
    <message>
      <source>Edit the chosen item (F2)</source>
      <translation>[Édîţ ţĥé çĥöšéñ îţém (F2) ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>[Ûp ~~]</translation>
    </message>
    <message>
      <source>Move the chosen item up</source>
      <translation>[Mövé ţĥé çĥöšéñ îţém ûp ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>[Döŵñ ~~]</translation>
    </message>
    <message>
      <source>Move the chosen item down</source>
      <translation>[Mövé ţĥé çĥöšéñ îţém döŵñ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>[Ŕémövé ~~]</translation>
    </message>
    <message>
      <source>Remove the chosen item (Delete)</source>
      <translation>[Ŕémövé ţĥé çĥöšéñ îţém (Déļéţé) ~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Today</source>
      <translation>[Ţödàý ~~]</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>[Ĵöûŕñàļ ~~]</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>[Šķîļļš ~~]</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>[Šàféţý pļàñ ~~~~]</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>[Ĝöàļš ~~]</translation>
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation>[Šmàļļ, çļéàŕ šţépš ţöŵàŕdš ŵĥàţ màţţéŕš ţö ýöû. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>[Îñšîĝĥţš ~~~]</translation>
    </message>
    <message>
      <source>Patterns over time, and reports you can choose to share.</source>
      <translation>[Pàţţéŕñš övéŕ ţîmé, àñd ŕépöŕţš ýöû çàñ çĥööšé ţö šĥàŕé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>[Šéţţîñĝš ~~~]</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>[Šéţţîñĝš ~~~]</translation>
    </message>
    <message>
      <source>Privacy and locking</source>
      <translation>[Pŕîvàçý àñd ļöçķîñĝ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Crisis lines</source>
      <translation>[Çŕîšîš ļîñéš ~~~~]</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>[Àppéàŕàñçé ~~~~]</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>[Ŕémîñdéŕš ~~~]</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>[Dàţà ~~]</translation>
    </message>
    <message>
      <source>Everything you write is kept in one encrypted file on this computer. Nothing is sent anywhere.</source>
      <translation>[Évéŕýţĥîñĝ ýöû ŵŕîţé îš ķépţ îñ öñé éñçŕýpţéd fîļé öñ ţĥîš çömpûţéŕ. Ñöţĥîñĝ îš šéñţ àñýŵĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Changes apply as soon as you make them.</source>
      <translation>[Çĥàñĝéš àppļý àš šööñ àš ýöû màķé ţĥém. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation>[ mîñûţéš ~~~]</translation>
    </message>
    <message>
      <source>Lock after this many minutes without use</source>
      <translation>[Ļöçķ àfţéŕ ţĥîš màñý mîñûţéš ŵîţĥöûţ ûšé ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>[Ŕémémbéŕ öñ ţĥîš çömpûţéŕ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>[Çĥàñĝé pàššpĥŕàšé… ~~~~~~~]</translation>
    </message>
    <message>
      <source>Make a new recovery key…</source>
      <translation>[Màķé à ñéŵ ŕéçövéŕý ķéý… ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your old recovery key stops working; you get a new one</source>
      <translation>[Ýöûŕ öļd ŕéçövéŕý ķéý šţöpš ŵöŕķîñĝ; ýöû ĝéţ à ñéŵ öñé ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>[Ļöçķ àfţéŕ ~~~~]</translation>
    </message>
    <message>
      <source>Opens without your passphrase, using your system keychain. Best only if nobody else uses your account on this computer.</source>
      <translation>[Öpéñš ŵîţĥöûţ ýöûŕ pàššpĥŕàšé, ûšîñĝ ýöûŕ šýšţém ķéýçĥàîñ. Béšţ öñļý îf ñöbödý éļšé ûšéš ýöûŕ àççöûñţ öñ ţĥîš çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>[Çöûñţŕý föŕ çŕîšîš ļîñéš ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Not chosen</source>
      <translation>[Ñöţ çĥöšéñ ~~~~]</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation>[ ŵééķš ~~]</translation>
    </message>
    <message>
      <source>Suggest a look at my safety plan after</source>
      <translation>[Šûĝĝéšţ à ļööķ àţ mý šàféţý pļàñ àfţéŕ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>[Ñévéŕ ~~]</translation>
    </message>
    <message>
      <source>Lock-screen card</source>
      <translation>[Ļöçķ-šçŕééñ çàŕd ~~~~~~]</translation>
    </message>
    <message>
      <source>For example: Breathe slowly. Call Sam.</source>
      <translation>[Föŕ éxàmpļé: Bŕéàţĥé šļöŵļý. Çàļļ Šàm. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Crisis lines for</source>
      <translation>[Çŕîšîš ļîñéš föŕ ~~~~~~]</translation>
    </message>
    <message>
      <source>Suggest a look at my plan after</source>
      <translation>[Šûĝĝéšţ à ļööķ àţ mý pļàñ àfţéŕ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A few words of your own shown with the crisis lines, even while RecoveryDesk is locked. Anyone who uses this computer could read them, so keep them general.</source>
      <translation>[À féŵ ŵöŕdš öf ýöûŕ öŵñ šĥöŵñ ŵîţĥ ţĥé çŕîšîš ļîñéš, évéñ ŵĥîļé ŔéçövéŕýDéšķ îš ļöçķéd. Àñýöñé ŵĥö ûšéš ţĥîš çömpûţéŕ çöûļd ŕéàd ţĥém, šö ķéép ţĥém ĝéñéŕàļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Reduce motion (a counting bar instead of a moving shape)</source>
      <translation>[Ŕédûçé möţîöñ (à çöûñţîñĝ bàŕ îñšţéàd öf à mövîñĝ šĥàpé) ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Reduce motion</source>
      <translation>[Ŕédûçé möţîöñ ~~~~~]</translation>
    </message>
    <message>
      <source>Colours follow your system's light or dark setting, and text follows its size.</source>
      <translation>[Çöļöûŕš föļļöŵ ýöûŕ šýšţém'š ļîĝĥţ öŕ dàŕķ šéţţîñĝ, àñd ţéxţ föļļöŵš îţš šîžé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>[Ļàñĝûàĝé ~~~]</translation>
    </message>
    <message>
      <source>As this computer is set</source>
      <translation>[Àš ţĥîš çömpûţéŕ îš šéţ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A new language shows the next time RecoveryDesk starts.</source>
      <translation>[À ñéŵ ļàñĝûàĝé šĥöŵš ţĥé ñéxţ ţîmé ŔéçövéŕýDéšķ šţàŕţš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your card is saved. It shows with the crisis lines.</source>
      <translation>[Ýöûŕ çàŕd îš šàvéd. Îţ šĥöŵš ŵîţĥ ţĥé çŕîšîš ļîñéš. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The lock-screen card is off.</source>
      <translation>[Ţĥé ļöçķ-šçŕééñ çàŕd îš öff. ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk will open without asking on this computer.</source>
      <translation>[ŔéçövéŕýDéšķ ŵîļļ öpéñ ŵîţĥöûţ àšķîñĝ öñ ţĥîš çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk will ask for your passphrase each time.</source>
      <translation>[ŔéçövéŕýDéšķ ŵîļļ àšķ föŕ ýöûŕ pàššpĥŕàšé éàçĥ ţîmé. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Changing your passphrase…</source>
      <translation>[Çĥàñĝîñĝ ýöûŕ pàššpĥŕàšé… ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Making your new recovery key…</source>
      <translation>[Màķîñĝ ýöûŕ ñéŵ ŕéçövéŕý ķéý… ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your new recovery key is made. The old one no longer opens your vault.</source>
      <translation>[Ýöûŕ ñéŵ ŕéçövéŕý ķéý îš màdé. Ţĥé öļd öñé ñö ļöñĝéŕ öpéñš ýöûŕ vàûļţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your recovery key has not changed.</source>
      <translation>[Ýöûŕ ŕéçövéŕý ķéý ĥàš ñöţ çĥàñĝéd. ~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SetupRestore</name>
    <message>
      <source>Restore from a backup</source>
      <translation>[Ŕéšţöŕé fŕöm à bàçķûp ~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SetupView</name>
    <message>
      <source>This file will not be encrypted: anyone who has it can open your vault. Keep it somewhere private, like a USB stick in a drawer, not on a shared computer.

Save it now?</source>
      <translation>[Ţĥîš fîļé ŵîļļ ñöţ bé éñçŕýpţéd: àñýöñé ŵĥö ĥàš îţ çàñ öpéñ ýöûŕ vàûļţ. Ķéép îţ šöméŵĥéŕé pŕîvàţé, ļîķé à ÛŠB šţîçķ îñ à dŕàŵéŕ, ñöţ öñ à šĥàŕéd çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]

[Šàvé îţ ñöŵ? ~~~~]</translation>
    </message>
    <message>
      <source>Anyone who reads the printed key can open your vault, so keep the page somewhere private. If you print to a file (a PDF), that file is not encrypted; RecoveryDesk makes it readable by you only.

Print it now?</source>
      <translation>[Àñýöñé ŵĥö ŕéàdš ţĥé pŕîñţéd ķéý çàñ öpéñ ýöûŕ vàûļţ, šö ķéép ţĥé pàĝé šöméŵĥéŕé pŕîvàţé. Îf ýöû pŕîñţ ţö à fîļé (à PDF), ţĥàţ fîļé îš ñöţ éñçŕýpţéd; ŔéçövéŕýDéšķ màķéš îţ ŕéàdàbļé bý ýöû öñļý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]

[Pŕîñţ îţ ñöŵ? ~~~~~]</translation>
    </message>
    <message>
      <source>Your recovery key is shown only now. If you close RecoveryDesk before keeping it, you can make a new one later in Settings, but only while you still know your passphrase.

Close anyway?</source>
      <translation>[Ýöûŕ ŕéçövéŕý ķéý îš šĥöŵñ öñļý ñöŵ. Îf ýöû çļöšé ŔéçövéŕýDéšķ béföŕé ķéépîñĝ îţ, ýöû çàñ màķé à ñéŵ öñé ļàţéŕ îñ Šéţţîñĝš, bûţ öñļý ŵĥîļé ýöû šţîļļ ķñöŵ ýöûŕ pàššpĥŕàšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]

[Çļöšé àñýŵàý? ~~~~~]</translation>
    </message>
    <message>
      <source>Save your recovery key</source>
      <translation>[Šàvé ýöûŕ ŕéçövéŕý ķéý ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Save recovery key</source>
      <translation>[Šàvé ŕéçövéŕý ķéý ~~~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk recovery key.txt</source>
      <translation>[ŔéçövéŕýDéšķ ŕéçövéŕý ķéý.ţxţ ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>[Ţéxţ fîļéš (*.ţxţ) ~~~~~~~]</translation>
    </message>
    <message>
      <source>Set up RecoveryDesk</source>
      <translation>[Šéţ ûp ŔéçövéŕýDéšķ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Set up my space</source>
      <translation>[Šéţ ûp mý špàçé ~~~~~~]</translation>
    </message>
    <message>
      <source>I have a backup to restore…</source>
      <translation>[Î ĥàvé à bàçķûp ţö ŕéšţöŕé… ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Welcome to RecoveryDesk</source>
      <translation>[Ŵéļçömé ţö ŔéçövéŕýDéšķ ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A private place to check in with yourself, write, practise skills and keep your safety plan.</source>
      <translation>[À pŕîvàţé pļàçé ţö çĥéçķ îñ ŵîţĥ ýöûŕšéļf, ŵŕîţé, pŕàçţîšé šķîļļš àñd ķéép ýöûŕ šàféţý pļàñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Everything you write stays on this computer, locked with a passphrase you choose. Nothing is sent anywhere. There is no account.</source>
      <translation>[Évéŕýţĥîñĝ ýöû ŵŕîţé šţàýš öñ ţĥîš çömpûţéŕ, ļöçķéd ŵîţĥ à pàššpĥŕàšé ýöû çĥööšé. Ñöţĥîñĝ îš šéñţ àñýŵĥéŕé. Ţĥéŕé îš ñö àççöûñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Setting up takes about a minute.</source>
      <translation>[Šéţţîñĝ ûp ţàķéš àböûţ à mîñûţé. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>[Ŕémémbéŕ öñ ţĥîš çömpûţéŕ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>RecoveryDesk will open without asking for your passphrase, using your system keychain. Only choose this if nobody else uses your account on this computer.</source>
      <translation>[ŔéçövéŕýDéšķ ŵîļļ öpéñ ŵîţĥöûţ àšķîñĝ föŕ ýöûŕ pàššpĥŕàšé, ûšîñĝ ýöûŕ šýšţém ķéýçĥàîñ. Öñļý çĥööšé ţĥîš îf ñöbödý éļšé ûšéš ýöûŕ àççöûñţ öñ ţĥîš çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>[Çöûñţŕý föŕ çŕîšîš ļîñéš ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Choose later</source>
      <translation>[Çĥööšé ļàţéŕ ~~~~]</translation>
    </message>
    <message>
      <source>Create my vault</source>
      <translation>[Çŕéàţé mý vàûļţ ~~~~~~]</translation>
    </message>
    <message>
      <source>Choose a passphrase</source>
      <translation>[Çĥööšé à pàššpĥŕàšé ~~~~~~~]</translation>
    </message>
    <message>
      <source>It locks everything you keep here. A few ordinary words that only you would put together are easy to remember and hard to guess.</source>
      <translation>[Îţ ļöçķš évéŕýţĥîñĝ ýöû ķéép ĥéŕé. À féŵ öŕdîñàŕý ŵöŕdš ţĥàţ öñļý ýöû ŵöûļd pûţ ţöĝéţĥéŕ àŕé éàšý ţö ŕémémbéŕ àñd ĥàŕd ţö ĝûéšš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Which country's crisis lines should we show you?</source>
      <translation>[Ŵĥîçĥ çöûñţŕý'š çŕîšîš ļîñéš šĥöûļd ŵé šĥöŵ ýöû? ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Setting up your vault…</source>
      <translation>[Šéţţîñĝ ûp ýöûŕ vàûļţ… ~~~~~~~~]</translation>
    </message>
    <message>
      <source>This takes a moment: your passphrase is being made slow to guess.</source>
      <translation>[Ţĥîš ţàķéš à möméñţ: ýöûŕ pàššpĥŕàšé îš béîñĝ màdé šļöŵ ţö ĝûéšš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>[Ŕéçövéŕý ķéý ~~~~]</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>[Pŕîñţ… ~~]</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>[Šàvé ţö à fîļé… ~~~~~~]</translation>
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation>[Ţĥé ļàšţ ĝŕöûp öf ýöûŕ ŕéçövéŕý ķéý ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation>[Ţĥé ļàšţ ĝŕöûp, fŕöm ýöûŕ çöpý ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>I have printed or saved it</source>
      <translation>[Î ĥàvé pŕîñţéd öŕ šàvéd îţ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Available after Print… or Save to a file…</source>
      <translation>[Àvàîļàbļé àfţéŕ Pŕîñţ… öŕ Šàvé ţö à fîļé… ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>I've kept it safe — continue</source>
      <translation>[Î'vé ķépţ îţ šàfé — çöñţîñûé ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your recovery key</source>
      <translation>[Ýöûŕ ŕéçövéŕý ķéý ~~~~~~]</translation>
    </message>
    <message>
      <source>If you ever forget your passphrase, this key opens your vault. Nobody else has a copy, not even us, so please write it down, print it or save it somewhere private now. It is shown only this once.</source>
      <translation>[Îf ýöû évéŕ föŕĝéţ ýöûŕ pàššpĥŕàšé, ţĥîš ķéý öpéñš ýöûŕ vàûļţ. Ñöbödý éļšé ĥàš à çöpý, ñöţ évéñ ûš, šö pļéàšé ŵŕîţé îţ döŵñ, pŕîñţ îţ öŕ šàvé îţ šöméŵĥéŕé pŕîvàţé ñöŵ. Îţ îš šĥöŵñ öñļý ţĥîš öñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>When you have kept it, type its last group from your copy here, to check it's right. Or, if you printed or saved it, tick the box.</source>
      <translation>[Ŵĥéñ ýöû ĥàvé ķépţ îţ, ţýpé îţš ļàšţ ĝŕöûp fŕöm ýöûŕ çöpý ĥéŕé, ţö çĥéçķ îţ'š ŕîĝĥţ. Öŕ, îf ýöû pŕîñţéd öŕ šàvéd îţ, ţîçķ ţĥé böx. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Print your recovery key</source>
      <translation>[Pŕîñţ ýöûŕ ŕéçövéŕý ķéý ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>[Šéñţ ţö ţĥé pŕîñţéŕ. ~~~~~~~~]</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place, or write the key down.</source>
      <translation>[Ţĥàţ fîļé çöûļdñ'ţ bé šàvéd ({reason}). Ýöû çöûļd ţŕý àñöţĥéŕ pļàçé, öŕ ŵŕîţé ţĥé ķéý döŵñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation>[Šàvéd ţö {file}. Öñļý ýöû çàñ ŕéàd îţ. ~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>ShellView</name>
    <message>
      <source>Sections</source>
      <translation>[Šéçţîöñš ~~~]</translation>
    </message>
    <message>
      <source>This part of RecoveryDesk is still being built.</source>
      <translation>[Ţĥîš pàŕţ öf ŔéçövéŕýDéšķ îš šţîļļ béîñĝ bûîļţ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SkillCard</name>
    <message>
      <source>About {minutes} min · {family} · a favourite</source>
      <translation>[Àböûţ {minutes} mîñ · {family} · à fàvöûŕîţé ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>About {minutes} min · {family}</source>
      <translation>[Àböûţ {minutes} mîñ · {family} ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Based on: {source}</source>
      <translation>[Bàšéd öñ: {source} ~~~~~~~]</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>[Šţàŕţ {skill} ~~~~~]</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>[Šţàŕţ ~~]</translation>
    </message>
    <message>
      <source>Remove from favourites</source>
      <translation>[Ŕémövé fŕöm fàvöûŕîţéš ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add to favourites</source>
      <translation>[Àdd ţö fàvöûŕîţéš ~~~~~~]</translation>
    </message>
    <message>
      <source>Remove {skill} from favourites</source>
      <translation>[Ŕémövé {skill} fŕöm fàvöûŕîţéš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Add {skill} to favourites</source>
      <translation>[Àdd {skill} ţö fàvöûŕîţéš ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>[Bŕîñĝ bàçķ ~~~~]</translation>
    </message>
    <message>
      <source>Not for me</source>
      <translation>[Ñöţ föŕ mé ~~~~]</translation>
    </message>
    <message>
      <source>Bring back {skill}</source>
      <translation>[Bŕîñĝ bàçķ {skill} ~~~~~~~]</translation>
    </message>
    <message>
      <source>{skill}: not for me</source>
      <translation>[{skill}: ñöţ föŕ mé ~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SkillPlayer</name>
    <message>
      <source>Skill: {skill}</source>
      <translation>[Šķîļļ: {skill} ~~~~~]</translation>
    </message>
    <message>
      <source>none</source>
      <translation>[ñöñé ~~]</translation>
    </message>
    <message>
      <source>strongest</source>
      <translation>[šţŕöñĝéšţ ~~~]</translation>
    </message>
    <message>
      <source>Urge to self-harm, 0 to 5</source>
      <translation>[Ûŕĝé ţö šéļf-ĥàŕm, 0 ţö 5 ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>calm</source>
      <translation>[çàļm ~~]</translation>
    </message>
    <message>
      <source>the most</source>
      <translation>[ţĥé möšţ ~~~]</translation>
    </message>
    <message>
      <source>Distress, 0 to 10</source>
      <translation>[Dîšţŕéšš, 0 ţö 10 ~~~~~~]</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>[Šţàŕţ ~~]</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>[Döñé ~~]</translation>
    </message>
    <message>
      <source>Take care: {caution}</source>
      <translation>[Ţàķé çàŕé: {caution} ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>[Çàûţîöñ ~~]</translation>
    </message>
    <message>
      <source>Before you start: how strong are things right now? You can skip these.</source>
      <translation>[Béföŕé ýöû šţàŕţ: ĥöŵ šţŕöñĝ àŕé ţĥîñĝš ŕîĝĥţ ñöŵ? Ýöû çàñ šķîp ţĥéšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>How are things now? You can skip these too.</source>
      <translation>[Ĥöŵ àŕé ţĥîñĝš ñöŵ? Ýöû çàñ šķîp ţĥéšé ţöö. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to self-harm (0 none – 5 strongest)</source>
      <translation>[Ûŕĝé ţö šéļf-ĥàŕm (0 ñöñé – 5 šţŕöñĝéšţ) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Distress (0 calm – 10 the most)</source>
      <translation>[Dîšţŕéšš (0 çàļm – 10 ţĥé möšţ) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>[Pŕöĝŕéšš ~~~]</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>[Ţîmé ļéfţ ~~~]</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>[Bàçķ ~~]</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>[Pàûšé ~~]</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>[Ñéxţ ~~]</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>[Šţöp ~~]</translation>
    </message>
    <message>
      <source>Pause or resume</source>
      <translation>[Pàûšé öŕ ŕéšûmé ~~~~~~]</translation>
    </message>
    <message>
      <source>Stop here. What you've entered is kept.</source>
      <translation>[Šţöp ĥéŕé. Ŵĥàţ ýöû'vé éñţéŕéd îš ķépţ. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>[Ŕéšûmé ~~]</translation>
    </message>
    <message>
      <source>Step {number} of {total}</source>
      <translation>[Šţép {number} öf {total} ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>[Fîñîšĥ ~~]</translation>
    </message>
    <message>
      <source>{label}: Space ticks a skill</source>
      <translation>[{label}: Špàçé ţîçķš à šķîļļ ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>{clock} left (paused)</source>
      <translation>[{clock} ļéfţ (pàûšéd) ~~~~~~~~]</translation>
    </message>
    <message>
      <source>{clock} left</source>
      <translation>[{clock} ļéfţ ~~~~]</translation>
    </message>
  </context>
  <context>
    <name>SkillsPage</name>
    <message>
      <source>Right now: short ones first</source>
      <translation>[Ŕîĝĥţ ñöŵ: šĥöŕţ öñéš fîŕšţ ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>[Šķîļļš ~~]</translation>
    </message>
    <message>
      <source>Search skills</source>
      <translation>[Šéàŕçĥ šķîļļš ~~~~~]</translation>
    </message>
    <message>
      <source>Search skills (Enter goes to the first one)</source>
      <translation>[Šéàŕçĥ šķîļļš (Éñţéŕ ĝöéš ţö ţĥé fîŕšţ öñé) ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>All</source>
      <translation>[Àļļ ~~]</translation>
    </message>
    <message>
      <source>Only {family}</source>
      <translation>[Öñļý {family} ~~~~~]</translation>
    </message>
    <message>
      <source>Show skills I set aside</source>
      <translation>[Šĥöŵ šķîļļš Î šéţ àšîdé ~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Ride it out</source>
      <translation>[Ŕîdé îţ öûţ ~~~~]</translation>
    </message>
    <message>
      <source>Ride it out: a 5 or 15 minute timer</source>
      <translation>[Ŕîdé îţ öûţ: à 5 öŕ 15 mîñûţé ţîméŕ ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>No skills match</source>
      <translation>[Ñö šķîļļš màţçĥ ~~~~~~]</translation>
    </message>
    <message>
      <source>You could try another word, or show every family.</source>
      <translation>[Ýöû çöûļd ţŕý àñöţĥéŕ ŵöŕd, öŕ šĥöŵ évéŕý fàmîļý. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Things to do, step by step, when a moment is hard, or to practise when it isn't. This can help some people; see what works for you.</source>
      <translation>[Ţĥîñĝš ţö dö, šţép bý šţép, ŵĥéñ à möméñţ îš ĥàŕd, öŕ ţö pŕàçţîšé ŵĥéñ îţ îšñ'ţ. Ţĥîš çàñ ĥéļp šömé péöpļé; šéé ŵĥàţ ŵöŕķš föŕ ýöû. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Show all skills</source>
      <translation>[Šĥöŵ àļļ šķîļļš ~~~~~~]</translation>
    </message>
    <message>
      <source>What has helped you before</source>
      <translation>[Ŵĥàţ ĥàš ĥéļpéd ýöû béföŕé ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Short ones first</source>
      <translation>[Šĥöŕţ öñéš fîŕšţ ~~~~~~]</translation>
    </message>
    <message>
      <source>A little longer</source>
      <translation>[À ļîţţļé ļöñĝéŕ ~~~~~~]</translation>
    </message>
    <message>
      <source>{skill} is set aside. “Show skills I set aside” brings it back.</source>
      <translation>[{skill} îš šéţ àšîdé. “Šĥöŵ šķîļļš Î šéţ àšîdé” bŕîñĝš îţ bàçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You took the time for {skill}. Your answers are in your journal.</source>
      <translation>[Ýöû ţööķ ţĥé ţîmé föŕ {skill}. Ýöûŕ àñšŵéŕš àŕé îñ ýöûŕ ĵöûŕñàļ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>You took the time for {skill}.</source>
      <translation>[Ýöû ţööķ ţĥé ţîmé föŕ {skill}. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Stopped. What you entered is kept.</source>
      <translation>[Šţöppéd. Ŵĥàţ ýöû éñţéŕéd îš ķépţ. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Stopped. Nothing was written yet, so there is no chain to keep.</source>
      <translation>[Šţöppéd. Ñöţĥîñĝ ŵàš ŵŕîţţéñ ýéţ, šö ţĥéŕé îš ñö çĥàîñ ţö ķéép. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your chain is kept in your journal. You could try a skill you picked:</source>
      <translation>[Ýöûŕ çĥàîñ îš ķépţ îñ ýöûŕ ĵöûŕñàļ. Ýöû çöûļd ţŕý à šķîļļ ýöû pîçķéd: ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your chain is kept in your journal.</source>
      <translation>[Ýöûŕ çĥàîñ îš ķépţ îñ ýöûŕ ĵöûŕñàļ. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>[Šţàŕţ {skill} ~~~~~]</translation>
    </message>
    <message>
      <source>You haven't tried this one yet.</source>
      <translation>[Ýöû ĥàvéñ'ţ ţŕîéd ţĥîš öñé ýéţ. ~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>You've done this %n time(s).</source>
      <translation>
        <numerusform>[Ýöû'vé döñé ţĥîš %n ţîmé. ~~~~~~~~~~]</numerusform>
        <numerusform>[Ýöû'vé döñé ţĥîš %n ţîméš. ~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You also started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>[Ýöû àļšö šţàŕţéd îţ %n ţîmé àñd šţöppéd pàŕţŵàý. ~~~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Ýöû àļšö šţàŕţéd îţ %n ţîméš àñd šţöppéd pàŕţŵàý. ~~~~~~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>[Ýöû šţàŕţéd îţ %n ţîmé àñd šţöppéd pàŕţŵàý. ~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Ýöû šţàŕţéd îţ %n ţîméš àñd šţöppéd pàŕţŵàý. ~~~~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Afterwards, urges were on average {drop} lower (from %n rated).</source>
      <translation>
        <numerusform>[Àfţéŕŵàŕdš, ûŕĝéš ŵéŕé öñ àvéŕàĝé {drop} ļöŵéŕ (fŕöm %n ŕàţéd). ~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Àfţéŕŵàŕdš, ûŕĝéš ŵéŕé öñ àvéŕàĝé {drop} ļöŵéŕ (fŕöm %n ŕàţéd). ~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusMessage</name>
    <message>
      <source>Status</source>
      <translation>[Šţàţûš ~~]</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Mood {level} of 5</source>
      <translation>[Mööd {level} öf 5 ~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to {target}, acted on it</source>
      <translation>[Ûŕĝé ţö {target}, àçţéd öñ îţ ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation>[Ûŕĝé ţö {target} ~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to {target} {level} of 5, acted on it</source>
      <translation>[Ûŕĝé ţö {target} {level} öf 5, àçţéd öñ îţ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Urge to {target} {level} of 5</source>
      <translation>[Ûŕĝé ţö {target} {level} öf 5 ~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Distress {level} of 10</source>
      <translation>[Dîšţŕéšš {level} öf 10 ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Skills: {skills}</source>
      <translation>[Šķîļļš: {skills} ~~~~~~]</translation>
    </message>
    <message>
      <source>No check-ins in the last seven days. Whenever you're ready, a check-in takes a few seconds.</source>
      <translation>[Ñö çĥéçķ-îñš îñ ţĥé ļàšţ šévéñ dàýš. Ŵĥéñévéŕ ýöû'ŕé ŕéàdý, à çĥéçķ-îñ ţàķéš à féŵ šéçöñdš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>In the last seven days: %n check-in(s).</source>
      <translation>
        <numerusform>[Îñ ţĥé ļàšţ šévéñ dàýš: %n çĥéçķ-îñ. ~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Îñ ţĥé ļàšţ šévéñ dàýš: %n çĥéçķ-îñš. ~~~~~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5 ({before} the week before).</source>
      <translation>[Ûŕĝéš ţö šéļf-ĥàŕm àvéŕàĝéd {now} öûţ öf 5 ({before} ţĥé ŵééķ béföŕé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5.</source>
      <translation>[Ûŕĝéš ţö šéļf-ĥàŕm àvéŕàĝéd {now} öûţ öf 5. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
      <source>You used skills on %n day(s).</source>
      <translation>
        <numerusform>[Ýöû ûšéd šķîļļš öñ %n dàý. ~~~~~~~~~~]</numerusform>
        <numerusform>[Ýöû ûšéd šķîļļš öñ %n dàýš. ~~~~~~~~~~]</numerusform>
      </translation>
    </message>
    <message>
      <source>no check-in</source>
      <translation>[ñö çĥéçķ-îñ ~~~~]</translation>
    </message>
    <message>
      <source>mood {level} of 5</source>
      <translation>[mööd {level} öf 5 ~~~~~~]</translation>
    </message>
    <message>
      <source>no mood</source>
      <translation>[ñö mööd ~~]</translation>
    </message>
    <message>
      <source>strongest urge {level} of 5</source>
      <translation>[šţŕöñĝéšţ ûŕĝé {level} öf 5 ~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>no urge recorded</source>
      <translation>[ñö ûŕĝé ŕéçöŕdéd ~~~~~~]</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>[Ţödàý ~~]</translation>
    </message>
    <message>
      <source>How are you right now?</source>
      <translation>[Ĥöŵ àŕé ýöû ŕîĝĥţ ñöŵ? ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>[Çĥéçķ îñ ~~~]</translation>
    </message>
    <message>
      <source>Write in my journal</source>
      <translation>[Ŵŕîţé îñ mý ĵöûŕñàļ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Do a skill now</source>
      <translation>[Dö à šķîļļ ñöŵ ~~~~~]</translation>
    </message>
    <message>
      <source>Ride it out</source>
      <translation>[Ŕîdé îţ öûţ ~~~~]</translation>
    </message>
    <message>
      <source>Open my safety plan</source>
      <translation>[Öpéñ mý šàféţý pļàñ ~~~~~~~]</translation>
    </message>
    <message>
      <source>Quick actions</source>
      <translation>[Qûîçķ àçţîöñš ~~~~~]</translation>
    </message>
    <message>
      <source>The last seven days</source>
      <translation>[Ţĥé ļàšţ šévéñ dàýš ~~~~~~~]</translation>
    </message>
    <message>
      <source>Check in now</source>
      <translation>[Çĥéçķ îñ ñöŵ ~~~~]</translation>
    </message>
    <message>
      <source>No check-ins yet today</source>
      <translation>[Ñö çĥéçķ-îñš ýéţ ţödàý ~~~~~~~~]</translation>
    </message>
    <message>
      <source>Whenever you're ready, a check-in takes a few seconds. However today is going, it's welcome here.</source>
      <translation>[Ŵĥéñévéŕ ýöû'ŕé ŕéàdý, à çĥéçķ-îñ ţàķéš à féŵ šéçöñdš. Ĥöŵévéŕ ţödàý îš ĝöîñĝ, îţ'š ŵéļçömé ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>[Ûñdö ~~]</translation>
    </message>
    <message>
      <source>Today's check-ins</source>
      <translation>[Ţödàý'š çĥéçķ-îñš ~~~~~~]</translation>
    </message>
    <message>
      <source>Check-in deleted.</source>
      <translation>[Çĥéçķ-îñ déļéţéd. ~~~~~~]</translation>
    </message>
    <message>
      <source>The check-in is back.</source>
      <translation>[Ţĥé çĥéçķ-îñ îš bàçķ. ~~~~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>WeekGlance</name>
    <message>
      <source>The last seven days</source>
      <translation>[Ţĥé ļàšţ šévéñ dàýš ~~~~~~~]</translation>
    </message>
    <message>
      <source>Mood</source>
      <translation>[Mööd ~~]</translation>
    </message>
    <message>
      <source>Strongest urge</source>
      <translation>[Šţŕöñĝéšţ ûŕĝé ~~~~~]</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <source>Message</source>
      <translation>[Méššàĝé ~~]</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>[Šķîp ~~]</translation>
    </message>
  </context>
</TS>