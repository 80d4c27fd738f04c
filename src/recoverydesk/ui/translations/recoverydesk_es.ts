<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>What the skills are based on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the crisis lines come from (checked on {date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Third-party software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk is built with Python, Qt (through PySide6, under the LGPL-3.0), SQLCipher, matplotlib and other open-source libraries. Their licences come with the app, in the `licences` folder beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {app}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{app} icon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sources and credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A private recovery companion. Everything stays on this computer, encrypted. {app} is not a therapist or an emergency service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free software under the {licence} licence: you may use, share and change it under its terms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data folder:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <source>Your passphrase is changed. Use the new one from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your passphrase has not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain analysis: {behaviour}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with the backup passphrase you chose or your recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with your passphrase of today or your recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored the backup. Your vault as it was is kept in the backups folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored your backup. It opens with the passphrase you just typed, and with the recovery key you had then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You haven't made a backup yet. When you're ready, Settings can make one, to a USB stick for example, so your words are safe if this computer isn't.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Your last backup was %n week(s) ago. When you're ready, Settings can make a fresh one.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>The automatic backup couldn't be made this time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong on our side. Your data has not been changed. If it happens again, restarting RecoveryDesk can help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To keep your vault safe, RecoveryDesk kept what you were writing and locked it. Unlock to go on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackUpDialog</name>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your passphrase (the one you unlock with today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A separate passphrase just for this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It opens with:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your recovery key opens every backup too. A backup is encrypted, so it is safe on a USB stick; still, keep it somewhere private.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please choose where to save the backup.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupNote</name>
    <message>
      <source>Backup reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupPassphraseDialog</name>
    <message>
      <source>Open this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase for this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This backup opens with the passphrase you had when it was made, or the backup passphrase you chose for it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupSettings</name>
    <message>
      <source>RecoveryDesk backups (*{suffix})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups and hiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also keep automatic backups on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep automatic backups on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show a plain window title (“{title}”)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock when the window is minimised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock when the screen locks or the computer sleeps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear text copied from RecoveryDesk after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A backup is an encrypted copy of everything in RecoveryDesk, checked as it is written. Keep one somewhere else, like a USB stick, in case this computer is lost or breaks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the newest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Automatic backups are made when you unlock, at most once a day, in the backups folder beside your vault. They help after a mistake, not if this computer is lost: for that, keep a backup of your own somewhere else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hiding quickly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide ({shortcut}, or the Hide button at the top) covers RecoveryDesk with a blank screen and locks it at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear copied text after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You haven't made a backup yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your last backup: {day}, {time}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreathingPacer</name>
    <message>
      <source>Breathing pacer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breath count</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Choose a new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChartCard</name>
    <message>
      <source>Chart: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {title}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckInCard</name>
    <message>
      <source>Nothing else recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in at {time}: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the check-in at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the check-in at {time}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <source>How are you right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave this check-in without saving it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>very low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>very good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mood, 0 very low to 5 very good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More: emotions, distress, skills, sleep, note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick a number, or type it. Everything can be skipped. Save with {keys}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>calm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress, 0 calm to 10 the most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours of sleep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medication taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your own urge, emotion or skill…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other urges (0 none – 5 strongest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emotions (0 none – 5 strongest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>strongest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge: {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I acted on it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acted on the urge: {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept as it is, with no comment. It helps you and your therapist see what was going on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emotion: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skill used: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Less</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An urge to track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An emotion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A skill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What would you like to add?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave without saving?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you entered here will not be kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep going</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave without saving</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number to text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part of the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A contact needs a name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactRow</name>
    <message>
      <source>text {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoreText</name>
    <message>
      <source>Your passphrase needs at least 8 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your passphrase starts or ends with a space; that's easy to forget.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases don't match yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That one is easy to guess. A few ordinary words that only you would put together are much stronger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Okay. Longer is safer: try adding a word or two.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good. A few more words would make it stronger still.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strong. Make sure it's one you'll remember.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few ordinary words that only you would put together make a strong passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A little longer, please: at least 8 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>self-harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suicidal thoughts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>drugs or alcohol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sadness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>shame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>anger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>joy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>anxiety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mindfulness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wise mind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Observe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Describe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Participate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non-judgmental stance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-mindfully</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effectively</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress tolerance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pros and cons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distract (ACCEPTS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-soothe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IMPROVE the moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Radical acceptance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turning the mind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Willingness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emotion regulation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the facts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opposite action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem solving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accumulate positives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build mastery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cope ahead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PLEASE (look after your body)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interpersonal effectiveness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress tolerance: getting through a hard moment without making it worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mindfulness: noticing what is here, now, without judging it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emotion regulation: understanding and easing strong feelings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acceptance and commitment: making room for thoughts and moving towards what matters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-compassion: treating yourself as you would a friend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thoughts and feelings: looking at a thought from more than one side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People: asking for what you need, and wondering what others feel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relaxation: helping your body and mind settle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking back: understanding what led to a hard moment, without blame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A number I update myself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strong urges (3 or more) I didn't act on, from check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills I finished in RecoveryDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use a skill before acting on an urge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A steadier sleep routine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reach out to one person each week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish a safety plan with my therapist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A goal without a name yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It doesn't say yet what exactly you'll do. One plain sentence is enough.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There's nothing to count yet. You could link it to your check-ins, skills or journal, or pick a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could note what makes this doable for you right now, or make it a little smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could write why this matters to you. It can help on harder days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There's no date yet. A date you can change later helps you know when to look back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could choose a number to aim for, so you can see how it's going.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date you chose has passed. You could pick a new one, or mark the goal however fits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thoughts, feelings, situations or things you do that tell you a hard time may be starting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things I can do on my own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ways to calm down or take your mind off things without needing anyone else. A skill from RecoveryDesk can go here too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People and places that take my mind off things</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People you like being around, and places where you can be among others, like a café, a library or a park.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People I can ask for help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People you trust and could tell that you're having a hard time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professionals and services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your therapist, doctor or care team, crisis lines, and the nearest emergency department.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Making where I am safer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steps you choose, in your own words, that make your surroundings safer during a hard time. You can tick each one when it's done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What matters most to me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your reasons for living: people, pets, plans, places and things that matter to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A moment for a check-in, if you'd like one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrisisPanel</name>
    <message>
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are in immediate danger, call {number} now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are in immediate danger, call your local emergency number now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help right now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose your country…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lines for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk is not an emergency service. The lines below are run by people who are there to listen and help. You can call even if you're not sure it's serious enough.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose your country above to see crisis lines you can call or text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url} (needs the internet).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These numbers were checked against each service's own page on {date}. The source of each is under its number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From your safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do a skill now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ride out an urge: 5 or 15 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things you can do right now:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start {skill}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your own line…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Show hidden lines (%n)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Added by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source: {url} ({date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text {number}, send {keyword}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copied {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening {number} in your calling app…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no app for that, so {number} is copied: you can dial it from a phone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DiaryCardView</name>
    <message>
      <source>Weekly diary card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>‹ Previous week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next week ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Diary card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Built from your check-ins: the strongest urge and feeling of each day, whether an urge was acted on, and the skills you used. You could bring it to a session.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalEditor</name>
    <message>
      <source>Specific: what exactly will you do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Five minutes of paced breathing when I get home from work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Measurable: how will you know it's happening?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. I'll count it in my check-ins, three times a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achievable: what makes it doable right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. It's short, and I already know how</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relevant: why does it matter to you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Evenings are when things feel hardest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time-bound: by when, or for how long?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. For the next four weeks, then I'll look back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goal editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My own goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few words you'll recognise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No number yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aim for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How often</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>each week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you're counting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. walks, pages, nights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look at it again on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things you could add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A goal you can see yourself doing. Fill in as much as helps; you can save at any point and come back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save ({keys})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some things you could add (saving is fine either way):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This goal says what, how you'll know, why it matters and when. You can change any of it later.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalGlance</name>
    <message>
      <source>A goal step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time to look at a goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} (by {day}), for “{goal}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step}, for “{goal}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your active goals have no open steps right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time to look at “{goal}”? When you're ready, a short review can help.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalsPage</name>
    <message>
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write a goal of my own…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No goals yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A goal here is something small and clear that matters to you, with steps you can tick off. RecoveryDesk can count progress from what you already log, so there's nothing extra to type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could start from one of these and make it your own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start from: {goal}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New goal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New goal (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recognition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time to look at this goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where you are now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update the number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where you are now:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steps (Space ticks, Alt+Up and Alt+Down move)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new step: type here and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up (step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Down (step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit goal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write a review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let it go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set this goal aside. You can pick it up again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete for good…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due soon: {steps}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} ({goal}, was due {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} ({goal}, by {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recently achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{state} since {day} · aiming for {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{state} since {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You reached this on {day}. That took steady effort; it's worth taking a moment to notice it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You set this one aside. That's a choice too; you can pick it up again any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time to look at this goal? When you're ready, a short review can help you see what's working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could add to this goal when it suits you:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick it up again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No reviews yet. “Write a review…” keeps a short, dated note of how it's going.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goal saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked achieved. Well done for getting here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused. It'll be here when you're ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let go. You can pick it up again any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete this goal?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete “{goal}” with its steps and reviews? This can't be undone. Goals you let go can also simply stay in the archive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goal deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} (done {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step} (by {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Went well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Got in the way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next small step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpAccess</name>
    <message>
      <source>Get help now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crisis lines and people who can help, any time ({shortcut})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In a check-in: rate mood or an urge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a digit 0–5, or the arrow keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In a check-in: save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In a skill: next, back, pause, stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help topics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved versions</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{when} — %n item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring this version back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No saved versions yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>A RecoveryDesk export (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Daylio (CSV export)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jrnl (JSON export)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You'll see what the file holds before anything is added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import these now? All of it is added at once, or nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported. {counts} added.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InsightsDialogs</name>
    <message>
      <source>This file will not be encrypted: anyone who can open it can read it. It is made readable by your user account only. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That didn't work this time. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't save {file} ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} saved to {path}. This file will not be encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the diary card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The diary card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything, one JSON file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything, a folder of CSV files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The journal, a folder of Markdown files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only from {first} to {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new folder (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported to {path}. It is not encrypted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InsightsPage</name>
    <message>
      <source>Mood and urges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urges acted on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feelings by week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills used, and your urge before and after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sleep and mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <comment>from one date to another</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>4 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the last 4 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the last 12 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save diary card as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print diary card…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report for your therapist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charts status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insights views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Diary card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How things have been, from your check-ins and skills. Only you see this, unless you choose to share it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Getting your charts ready…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From {first} to {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The charts couldn't be drawn this time.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalListModel</name>
    <message>
      <source>draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untitled</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only entries with this tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Searching your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No entries yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whatever you write here is kept encrypted on this computer. Start on the right whenever you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags, separated by commas (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write whatever you like. Markdown works too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New entry from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this text as a template for new entries (an existing template with the same name is replaced)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours alone: kept encrypted, and saved as a draft while you write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept as a draft at {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There's nothing to save yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>We kept what you were writing. It's here for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could try other words, another tag or wider dates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Searching didn't work this time. Your entries are safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Template: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A name for this template:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved as the template “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blank</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your space is locked. Type your passphrase to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forgot your passphrase?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open your space with your recovery key instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type or paste your recovery key. Spaces, dashes and capitals don't matter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can try again now. Take your time.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>That didn't open it. To keep your space safe, you can try again in %n second(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock now ({shortcut})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How {app} works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {app}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You opened your vault with your recovery key. You could choose a new passphrase now, so next time is easier. Your recovery key keeps working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close without keeping your recovery key?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NeutralCover</name>
    <message>
      <source>Blank screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press any key or click to go on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewRecoveryKeyDialog</name>
    <message>
      <source>Make a new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You'll get a new recovery key, shown once, and the old one will stop opening your vault. Useful if you lost it, or if someone else may have seen it. Copies of your vault made before (backups) still open with the old key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your passphrase, please: it keeps this safe.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OwnLineDialog</name>
    <message>
      <source>Add your own line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number to call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number to text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A line needs a name and a number to call or text.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseForm</name>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The same passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase hint</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintPlanDialog</name>
    <message>
      <source>The PDF will not be encrypted: anyone who opens the file can read your plan. Keep it somewhere private, and delete it when you no longer need it.

Save it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print your safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name on the plan (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wallet-card size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What goes in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview and print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to {path}. Only you can open it on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save your safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My safety plan.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Preview and print</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuickHide</name>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide and lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide everything and lock ({shortcut})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingSegment</name>
    <message>
      <source>{n} of {maximum}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your new recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save to a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I've kept it safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This new key opens your vault if you forget your passphrase. Write it down or save it somewhere private now: it is shown only this once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When you have kept it, type its last group here:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please keep the key first: type its last group above when you have it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be saved ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <source>Check-in reminder times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example: 09:00, 20:30</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example: 22:00-07:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close to tray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At these times RecoveryDesk shows a short note: “{note}” It never says more, so it is safe on a shared screen. Notes come only while the app is running, locked or not.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This desktop has no system tray, so no notes can be shown here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind me to check in at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not during</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{problem} Your reminders are as they were.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No reminders.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <source>Open RecoveryDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get help now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Report for your therapist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name on the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only what you tick goes in. Nothing else does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal entries to include</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal entries: tick each one you want to share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview and print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untitled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick at least one part to put in the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Making your report…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestorePreviewDialog</name>
    <message>
      <source>Restore this backup?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the backup holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup checked out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your restored vault will open with the passphrase you just typed, and with the recovery key you had when the backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restoring puts this backup in place of everything in RecoveryDesk now. What you have now is kept, encrypted, in the backups folder beside your vault. Your passphrase and recovery key stay as they are.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>A look at your goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What went well?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Even something small counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What got in the way?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No judgement: just what happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next small step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something you could do this week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add it to my steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look at it again on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any of these can stay empty.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RideItOutPlayer</name>
    <message>
      <source>Ride it out: a timer</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Ride it out for %n minute(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Sound at the end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short beep at the end (your computer's own sound)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could breathe slowly, hold something comforting, or watch the clock. Things from your safety plan and your favourite skills show here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things you could do meanwhile</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyPlanPage</name>
    <message>
      <source>Safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier versions…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See or bring back an earlier version of your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print or PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print your plan or save it as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a skill from RecoveryDesk…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A plan in your own words for hard moments: what to look out for, what helps, and who you can reach. Changes are kept as you make them, and earlier versions too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It's been a while since you last changed your plan. When you're ready, you could read it through and see whether it still fits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a skill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which skill helps you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a contact…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a contact: {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is kept in your plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer in your plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That version is back. What you had before is kept too.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SectionEditor</name>
    <message>
      <source>{section} (F2 edits, Delete removes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New item for {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add: type here and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the chosen item (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the chosen item up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the chosen item down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the chosen item (Delete)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patterns over time, and reports you can choose to share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Privacy and locking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appearance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything you write is kept in one encrypted file on this computer. Nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes apply as soon as you make them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock after this many minutes without use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make a new recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your old recovery key stops working; you get a new one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opens without your passphrase, using your system keychain. Best only if nobody else uses your account on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggest a look at my safety plan after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock-screen card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example: Breathe slowly. Call Sam.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crisis lines for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggest a look at my plan after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few words of your own shown with the crisis lines, even while RecoveryDesk is locked. Anyone who uses this computer could read them, so keep them general.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduce motion (a counting bar instead of a moving shape)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduce motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colours follow your system's light or dark setting, and text follows its size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your card is saved. It shows with the crisis lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The lock-screen card is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk will open without asking on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk will ask for your passphrase each time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changing your passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Making your new recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your new recovery key is made. The old one no longer opens your vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your recovery key has not changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupRestore</name>
    <message>
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupView</name>
    <message>
      <source>This file will not be encrypted: anyone who has it can open your vault. Keep it somewhere private, like a USB stick in a drawer, not on a shared computer.

Save it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anyone who reads the printed key can open your vault, so keep the page somewhere private. If you print to a file (a PDF), that file is not encrypted; RecoveryDesk makes it readable by you only.

Print it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your recovery key is shown only now. If you close RecoveryDesk before keeping it, you can make a new one later in Settings, but only while you still know your passphrase.

Close anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk recovery key.txt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up RecoveryDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up my space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I have a backup to restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to RecoveryDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A private place to check in with yourself, write, practise skills and keep your safety plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything you write stays on this computer, locked with a passphrase you choose. Nothing is sent anywhere. There is no account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Setting up takes about a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RecoveryDesk will open without asking for your passphrase, using your system keychain. Only choose this if nobody else uses your account on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create my vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It locks everything you keep here. A few ordinary words that only you would put together are easy to remember and hard to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which country's crisis lines should we show you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Setting up your vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This takes a moment: your passphrase is being made slow to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save to a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I have printed or saved it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Available after Print… or Save to a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I've kept it safe — continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you ever forget your passphrase, this key opens your vault. Nobody else has a copy, not even us, so please write it down, print it or save it somewhere private now. It is shown only this once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When you have kept it, type its last group from your copy here, to check it's right. Or, if you printed or saved it, tick the box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place, or write the key down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShellView</name>
    <message>
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This part of RecoveryDesk is still being built.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SkillCard</name>
    <message>
      <source>About {minutes} min · {family} · a favourite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {minutes} min · {family}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on: {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start {skill}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove from favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {skill} from favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add {skill} to favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not for me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring back {skill}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{skill}: not for me</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SkillPlayer</name>
    <message>
      <source>Skill: {skill}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>strongest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to self-harm, 0 to 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>calm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress, 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take care: {caution}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you start: how strong are things right now? You can skip these.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How are things now? You can skip these too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to self-harm (0 none – 5 strongest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress (0 calm – 10 the most)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause or resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop here. What you've entered is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step {number} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}: Space ticks a skill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{clock} left (paused)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{clock} left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SkillsPage</name>
    <message>
      <source>Right now: short ones first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search skills (Enter goes to the first one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only {family}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show skills I set aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ride it out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ride it out: a 5 or 15 minute timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No skills match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You could try another word, or show every family.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things to do, step by step, when a moment is hard, or to practise when it isn't. This can help some people; see what works for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What has helped you before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short ones first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A little longer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{skill} is set aside. “Show skills I set aside” brings it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You took the time for {skill}. Your answers are in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You took the time for {skill}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped. What you entered is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped. Nothing was written yet, so there is no chain to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your chain is kept in your journal. You could try a skill you picked:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your chain is kept in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start {skill}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You haven't tried this one yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>You've done this %n time(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>You also started it %n time(s) and stopped partway.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>You started it %n time(s) and stopped partway.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Afterwards, urges were on average {drop} lower (from %n rated).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>StatusMessage</name>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Mood {level} of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to {target}, acted on it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to {target} {level} of 5, acted on it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urge to {target} {level} of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distress {level} of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skills: {skills}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No check-ins in the last seven days. Whenever you're ready, a check-in takes a few seconds.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>In the last seven days: %n check-in(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5 ({before} the week before).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>You used skills on %n day(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>no check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mood {level} of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>strongest urge {level} of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no urge recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How are you right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write in my journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do a skill now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ride it out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open my safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quick actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last seven days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No check-ins yet today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whenever you're ready, a check-in takes a few seconds. However today is going, it's welcome here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today's check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The check-in is back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WeekGlance</name>
    <message>
      <source>The last seven days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strongest urge</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>