"""Sentences the core (no Qt) hands to views, marked here for Qt's translation.

The core cannot call ``tr()``, so its fixed sentences are listed below (lupdate reads the
QT_TRANSLATE_NOOP marks) and a view shows ``core_tr(text)``: the translation when there is one,
else the text as given. tests/unit/test_core_text.py checks the list against the core, so a
changed sentence there cannot silently fall back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreText"

MARKED = (
    # passphrase.py
    QT_TRANSLATE_NOOP("CoreText", "Your passphrase needs at least 8 characters."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Your passphrase starts or ends with a space; that's easy to forget."),
    QT_TRANSLATE_NOOP("CoreText", "The two passphrases don't match yet."),
    QT_TRANSLATE_NOOP("CoreText", "That one is easy to guess. A few ordinary words that only "
                                  "you would put together are much stronger."),
    QT_TRANSLATE_NOOP("CoreText", "Okay. Longer is safer: try adding a word or two."),
    QT_TRANSLATE_NOOP("CoreText", "Good. A few more words would make it stronger still."),
    QT_TRANSLATE_NOOP("CoreText", "Strong. Make sure it's one you'll remember."),
    QT_TRANSLATE_NOOP("CoreText", "A few ordinary words that only you would put together make "
                                  "a strong passphrase."),
    QT_TRANSLATE_NOOP("CoreText", "A little longer, please: at least 8 characters."),
    # checkin.py: urge targets, emotions, DBT modules and skills (acronyms stay as taught)
    QT_TRANSLATE_NOOP("CoreText", "self-harm"),
    QT_TRANSLATE_NOOP("CoreText", "suicidal thoughts"),
    QT_TRANSLATE_NOOP("CoreText", "drugs or alcohol"),
    QT_TRANSLATE_NOOP("CoreText", "sadness"),
    QT_TRANSLATE_NOOP("CoreText", "shame"),
    QT_TRANSLATE_NOOP("CoreText", "anger"),
    QT_TRANSLATE_NOOP("CoreText", "fear"),
    QT_TRANSLATE_NOOP("CoreText", "joy"),
    QT_TRANSLATE_NOOP("CoreText", "anxiety"),
    QT_TRANSLATE_NOOP("CoreText", "Mindfulness"),
    QT_TRANSLATE_NOOP("CoreText", "Wise mind"),
    QT_TRANSLATE_NOOP("CoreText", "Observe"),
    QT_TRANSLATE_NOOP("CoreText", "Describe"),
    QT_TRANSLATE_NOOP("CoreText", "Participate"),
    QT_TRANSLATE_NOOP("CoreText", "Non-judgmental stance"),
    QT_TRANSLATE_NOOP("CoreText", "One-mindfully"),
    QT_TRANSLATE_NOOP("CoreText", "Effectively"),
    QT_TRANSLATE_NOOP("CoreText", "Distress tolerance"),
    QT_TRANSLATE_NOOP("CoreText", "Pros and cons"),
    QT_TRANSLATE_NOOP("CoreText", "Distract (ACCEPTS)"),
    QT_TRANSLATE_NOOP("CoreText", "Self-soothe"),
    QT_TRANSLATE_NOOP("CoreText", "IMPROVE the moment"),
    QT_TRANSLATE_NOOP("CoreText", "Radical acceptance"),
    QT_TRANSLATE_NOOP("CoreText", "Turning the mind"),
    QT_TRANSLATE_NOOP("CoreText", "Willingness"),
    QT_TRANSLATE_NOOP("CoreText", "Emotion regulation"),
    QT_TRANSLATE_NOOP("CoreText", "Check the facts"),
    QT_TRANSLATE_NOOP("CoreText", "Opposite action"),
    QT_TRANSLATE_NOOP("CoreText", "Problem solving"),
    QT_TRANSLATE_NOOP("CoreText", "Accumulate positives"),
    QT_TRANSLATE_NOOP("CoreText", "Build mastery"),
    QT_TRANSLATE_NOOP("CoreText", "Cope ahead"),
    QT_TRANSLATE_NOOP("CoreText", "PLEASE (look after your body)"),
    QT_TRANSLATE_NOOP("CoreText", "Interpersonal effectiveness"),
    # skills/model.py FAMILIES
    QT_TRANSLATE_NOOP("CoreText",
                      "Distress tolerance: getting through a hard moment without making it worse"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Mindfulness: noticing what is here, now, without judging it"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Emotion regulation: understanding and easing strong feelings"),
    QT_TRANSLATE_NOOP("CoreText", "Acceptance and commitment: making room for thoughts and "
                                  "moving towards what matters"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Self-compassion: treating yourself as you would a friend"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Thoughts and feelings: looking at a thought from more than one side"),
    QT_TRANSLATE_NOOP("CoreText",
                      "People: asking for what you need, and wondering what others feel"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Relaxation: helping your body and mind settle"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Looking back: understanding what led to a hard moment, without blame"),
    # goals.py: states, measures, notes, template titles
    QT_TRANSLATE_NOOP("CoreText", "Nothing to count"),
    QT_TRANSLATE_NOOP("CoreText", "A number I update myself"),
    QT_TRANSLATE_NOOP("CoreText", "Strong urges (3 or more) I didn't act on, from check-ins"),
    QT_TRANSLATE_NOOP("CoreText", "Skills I finished in RecoveryDesk"),
    QT_TRANSLATE_NOOP("CoreText", "Journal entries"),
    QT_TRANSLATE_NOOP("CoreText", "Check-ins"),
    QT_TRANSLATE_NOOP("CoreText", "Use a skill before acting on an urge"),
    QT_TRANSLATE_NOOP("CoreText", "A steadier sleep routine"),
    QT_TRANSLATE_NOOP("CoreText", "Reach out to one person each week"),
    QT_TRANSLATE_NOOP("CoreText", "Finish a safety plan with my therapist"),
    QT_TRANSLATE_NOOP("CoreText", "A goal without a name yet"),
    QT_TRANSLATE_NOOP("CoreText", "Active"),
    QT_TRANSLATE_NOOP("CoreText", "Paused"),
    QT_TRANSLATE_NOOP("CoreText", "Achieved"),
    QT_TRANSLATE_NOOP("CoreText", "Let go"),
    QT_TRANSLATE_NOOP("CoreText",
                      "It doesn't say yet what exactly you'll do. One plain sentence is "
                      "enough."),
    QT_TRANSLATE_NOOP("CoreText",
                      "There's nothing to count yet. You could link it to your check-ins,"
                      " skills or journal, or pick a number."),
    QT_TRANSLATE_NOOP("CoreText",
                      "You could note what makes this doable for you right now, or make "
                      "it a little smaller."),
    QT_TRANSLATE_NOOP("CoreText",
                      "You could write why this matters to you. It can help on harder "
                      "days."),
    QT_TRANSLATE_NOOP("CoreText",
                      "There's no date yet. A date you can change later helps you know "
                      "when to look back."),
    QT_TRANSLATE_NOOP("CoreText",
                      "You could choose a number to aim for, so you can see how it's "
                      "going."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The date you chose has passed. You could pick a new one, or mark "
                      "the goal however fits."),
    # safety_plan.py: the sections' titles and helper text
    QT_TRANSLATE_NOOP("CoreText", "Warning signs"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Thoughts, feelings, situations or things you do that tell you a "
                      "hard time may be starting."),
    QT_TRANSLATE_NOOP("CoreText", "Things I can do on my own"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Ways to calm down or take your mind off things without needing "
                      "anyone else. A skill from RecoveryDesk can go here too."),
    QT_TRANSLATE_NOOP("CoreText", "People and places that take my mind off things"),
    QT_TRANSLATE_NOOP("CoreText",
                      "People you like being around, and places where you can be among "
                      "others, like a café, a library or a park."),
    QT_TRANSLATE_NOOP("CoreText", "People I can ask for help"),
    QT_TRANSLATE_NOOP("CoreText",
                      "People you trust and could tell that you're having a hard time."),
    QT_TRANSLATE_NOOP("CoreText", "Professionals and services"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Your therapist, doctor or care team, crisis lines, and the nearest"
                      " emergency department."),
    QT_TRANSLATE_NOOP("CoreText", "Making where I am safer"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Steps you choose, in your own words, that make your surroundings "
                      "safer during a hard time. You can tick each one when it's done."),
    QT_TRANSLATE_NOOP("CoreText", "What matters most to me"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Your reasons for living: people, pets, plans, places and things "
                      "that matter to you."),
    # storage/errors.py WrongPassphraseError (the lock screen's most common message)
    QT_TRANSLATE_NOOP("CoreText", "That passphrase didn't open your vault. Check for typos or "
                                  "Caps Lock and try again."),
    QT_TRANSLATE_NOOP("CoreText", "That recovery key didn't open your vault. Check for typos "
                                  "or Caps Lock and try again."),
    # storage/keychain.py UNAVAILABLE
    QT_TRANSLATE_NOOP("CoreText",
                      "This computer has no secure keychain that RecoveryDesk can use, so "
                      "you'll type your passphrase each time. Your vault works the same either "
                      "way."),
    # goals.py MEASURE_UNITS ("2 of 3 check-ins")
    QT_TRANSLATE_NOOP("CoreText", "strong urge ridden out"),
    QT_TRANSLATE_NOOP("CoreText", "strong urges ridden out"),
    QT_TRANSLATE_NOOP("CoreText", "skill"),
    QT_TRANSLATE_NOOP("CoreText", "skills"),
    QT_TRANSLATE_NOOP("CoreText", "journal entry"),
    QT_TRANSLATE_NOOP("CoreText", "journal entries"),
    QT_TRANSLATE_NOOP("CoreText", "check-in"),
    QT_TRANSLATE_NOOP("CoreText", "check-ins"),
    # skills/engine.py PHASES
    QT_TRANSLATE_NOOP("CoreText", "Breathe in"),
    QT_TRANSLATE_NOOP("CoreText", "Hold"),
    QT_TRANSLATE_NOOP("CoreText", "Breathe out"),
    # reminders.py
    QT_TRANSLATE_NOOP("CoreText", "A moment for a check-in, if you'd like one."),
)


# Qt's own standard buttons (QDialogButtonBox, QMessageBox, QInputDialog) ask this context;
# the bundle leaves Qt's translation files out, so they are ours to translate.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
)


def core_tr(text: str | None) -> str | None:
    """``text`` from the core in the person's language (unchanged when not translated)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
