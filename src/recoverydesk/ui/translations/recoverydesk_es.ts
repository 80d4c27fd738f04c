<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CoreText</name>
    <message>
        <source>Your passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase starts or ends with a space; that&apos;s easy to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That one is easy to guess. A few ordinary words that only you would put together are much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay. Longer is safer: try adding a word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. A few more words would make it stronger still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Make sure it&apos;s one you&apos;ll remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few ordinary words that only you would put together make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little longer, please: at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment for a check-in, if you&apos;d like one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in immediate danger, call {number} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecoveryDesk is not an emergency service. The lines below are run by people who are there to listen and help. You can call even if you&apos;re not sure it&apos;s serious enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country above to see crisis lines you can call or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else? {name} lists helplines in many countries: {url} (needs the internet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else? {name} lists helplines in many countries: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers were checked against each service&apos;s own page on {date}. The source of each is under its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do a skill now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride out an urge: 5 or 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you can do right now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show hidden lines (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {url} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {number}, send {keyword}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {number} in your calling app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no app for that, so {number} is copied: you can dial it from a phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpAccess</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and people who can help, any time ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your space with your recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste your recovery key. Spaces, dashes and capitals don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now. Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That didn&apos;t open it. To keep your space safe, you can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How {app} works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened your vault with your recovery key. You could choose a new passphrase now, so next time is easier. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping your recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralCover</name>
    <message>
        <source>Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press any key or click to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnLineDialog</name>
    <message>
        <source>Add your own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs a name and a number to call or text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickHide</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything and lock ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open RecoveryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small, clear steps towards what matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns over time, and reports you can choose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>This file will not be encrypted: anyone who has it can open your vault. Keep it somewhere private, like a USB stick in a drawer, not on a shared computer.

Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who reads the printed key can open your vault, so keep the page somewhere private. If you print to a file (a PDF), that file is not encrypted; RecoveryDesk makes it readable by you only.

Print it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key is shown only now. If you close RecoveryDesk before keeping it, you can make a new one later in Settings, but only while you still know your passphrase.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecoveryDesk recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up RecoveryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a backup to restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to RecoveryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to check in with yourself, write, practise skills and keep your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, locked with a passphrase you choose. Nothing is sent anywhere. There is no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecoveryDesk will open without asking for your passphrase, using your system keychain. Only choose this if nobody else uses your account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks everything you keep here. A few ordinary words that only you would put together are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country&apos;s crisis lines should we show you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a moment: your passphrase is being made slow to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last group of your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last group, from your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available after Print… or Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it safe — continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault. Nobody else has a copy, not even us, so please write it down, print it or save it somewhere private now. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have kept it, type its last group from your copy here, to check it&apos;s right. Or, if you printed or saved it, tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved ({reason}). You could try another place, or write the key down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}. Only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellView</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of RecoveryDesk is still being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
