<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>CoreText</name>
    <message>
      <source>Your passphrase needs at least 8 characters.</source>
      <translation>[Ýöûŕ pàššpĥŕàšé ñéédš àţ ļéàšţ 8 çĥàŕàçţéŕš. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Your passphrase starts or ends with a space; that's easy to forget.</source>
      <translation>[Ýöûŕ pàššpĥŕàšé šţàŕţš öŕ éñdš ŵîţĥ à špàçé; ţĥàţ'š éàšý ţö föŕĝéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>The two passphrases don't match yet.</source>
      <translation>[Ţĥé ţŵö pàššpĥŕàšéš döñ'ţ màţçĥ ýéţ. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>That one is easy to guess. A few ordinary words that only you would put together are much stronger.</source>
      <translation>[Ţĥàţ öñé îš éàšý ţö ĝûéšš. À féŵ öŕdîñàŕý ŵöŕdš ţĥàţ öñļý ýöû ŵöûļd pûţ ţöĝéţĥéŕ àŕé mûçĥ šţŕöñĝéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Okay. Longer is safer: try adding a word or two.</source>
      <translation>[Öķàý. Ļöñĝéŕ îš šàféŕ: ţŕý àddîñĝ à ŵöŕd öŕ ţŵö. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Good. A few more words would make it stronger still.</source>
      <translation>[Ĝööd. À féŵ möŕé ŵöŕdš ŵöûļd màķé îţ šţŕöñĝéŕ šţîļļ. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>Strong. Make sure it's one you'll remember.</source>
      <translation>[Šţŕöñĝ. Màķé šûŕé îţ'š öñé ýöû'ļļ ŕémémbéŕ. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A few ordinary words that only you would put together make a strong passphrase.</source>
      <translation>[À féŵ öŕdîñàŕý ŵöŕdš ţĥàţ öñļý ýöû ŵöûļd pûţ ţöĝéţĥéŕ màķé à šţŕöñĝ pàššpĥŕàšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A little longer, please: at least 8 characters.</source>
      <translation>[À ļîţţļé ļöñĝéŕ, pļéàšé: àţ ļéàšţ 8 çĥàŕàçţéŕš. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
      <source>A moment for a check-in, if you'd like one.</source>
      <translation>[À möméñţ föŕ à çĥéçķ-îñ, îf ýöû'd ļîķé öñé. ~~~~~~~~~~~~~~~~~]</translation>
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
        <numerusform>[Ţĥàţ dîdñ'ţ öpéñ îţ. Ţö ķéép ýöûŕ špàçé šàfé, ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñd(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        <numerusform>[Ţĥàţ dîdñ'ţ öpéñ îţ. Ţö ķéép ýöûŕ špàçé šàfé, ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñd(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
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
</TS>