"""Sentences the core (no Qt) hands to views, and how a view shows them.

The core's fixed sentences are English in its code, and their translations live in the core's
own catalogue (``recoverydesk/catalogue/<language>.py``, chosen by ``recoverydesk.i18n``),
the same one the printed documents and storage's messages use: a view shows ``core_tr(text)``.
The sentences below are data of the core (lists, labels) rather than ``gettext`` calls, so
they are marked here with ``N_``; tests/unit/test_catalogue.py checks each has its Spanish, and
tests/ui/test_translations.py checks this list against the core.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recoverydesk import i18n
from recoverydesk.i18n import N_

MARKED = (
    # passphrase.py
    N_("Your passphrase needs at least 8 characters."),
    N_(
                      "Your passphrase starts or ends with a space; that's easy to forget."),
    N_("The two passphrases don't match yet."),
    N_("That one is easy to guess. A few ordinary words that only "
                                  "you would put together are much stronger."),
    N_("Okay. Longer is safer: try adding a word or two."),
    N_("Good. A few more words would make it stronger still."),
    N_("Strong. Make sure it's one you'll remember."),
    N_("A few ordinary words that only you would put together make "
                                  "a strong passphrase."),
    N_("A little longer, please: at least 8 characters."),
    # checkin.py: urge targets, emotions, DBT modules and skills (acronyms stay as taught)
    N_("self-harm"),
    N_("suicidal thoughts"),
    N_("drugs or alcohol"),
    N_("sadness"),
    N_("shame"),
    N_("anger"),
    N_("fear"),
    N_("joy"),
    N_("anxiety"),
    N_("Mindfulness"),
    N_("Wise mind"),
    N_("Observe"),
    N_("Describe"),
    N_("Participate"),
    N_("Non-judgmental stance"),
    N_("One-mindfully"),
    N_("Effectively"),
    N_("Distress tolerance"),
    N_("Pros and cons"),
    N_("Distract (ACCEPTS)"),
    N_("Self-soothe"),
    N_("IMPROVE the moment"),
    N_("Radical acceptance"),
    N_("Turning the mind"),
    N_("Willingness"),
    N_("Emotion regulation"),
    N_("Check the facts"),
    N_("Opposite action"),
    N_("Problem solving"),
    N_("Accumulate positives"),
    N_("Build mastery"),
    N_("Cope ahead"),
    N_("PLEASE (look after your body)"),
    N_("Interpersonal effectiveness"),
    # skills/model.py FAMILIES
    N_(
                      "Distress tolerance: getting through a hard moment without making it worse"),
    N_(
                      "Mindfulness: noticing what is here, now, without judging it"),
    N_(
                      "Emotion regulation: understanding and easing strong feelings"),
    N_("Acceptance and commitment: making room for thoughts and "
                                  "moving towards what matters"),
    N_(
                      "Self-compassion: treating yourself as you would a friend"),
    N_(
                      "Thoughts and feelings: looking at a thought from more than one side"),
    N_(
                      "People: asking for what you need, and wondering what others feel"),
    N_(
                      "Relaxation: helping your body and mind settle"),
    N_(
                      "Looking back: understanding what led to a hard moment, without blame"),
    # goals.py: states, measures, notes, template titles
    N_("Nothing to count"),
    N_("A number I update myself"),
    N_("Strong urges (3 or more) I didn't act on, from check-ins"),
    N_("Skills I finished in RecoveryDesk"),
    N_("Journal entries"),
    N_("Check-ins"),
    N_("Use a skill before acting on an urge"),
    N_("A steadier sleep routine"),
    N_("Reach out to one person each week"),
    N_("Finish a safety plan with my therapist"),
    N_("A goal without a name yet"),
    N_("Active"),
    N_("Paused"),
    N_("Achieved"),
    N_("Let go"),
    N_(
                      "It doesn't say yet what exactly you'll do. One plain sentence is "
                      "enough."),
    N_(
                      "There's nothing to count yet. You could link it to your check-ins,"
                      " skills or journal, or pick a number."),
    N_(
                      "You could note what makes this doable for you right now, or make "
                      "it a little smaller."),
    N_(
                      "You could write why this matters to you. It can help on harder "
                      "days."),
    N_(
                      "There's no date yet. A date you can change later helps you know "
                      "when to look back."),
    N_(
                      "You could choose a number to aim for, so you can see how it's "
                      "going."),
    N_(
                      "The date you chose has passed. You could pick a new one, or mark "
                      "the goal however fits."),
    # safety_plan.py: the sections' titles and helper text
    N_("Warning signs"),
    N_(
                      "Thoughts, feelings, situations or things you do that tell you a "
                      "hard time may be starting."),
    N_("Things I can do on my own"),
    N_(
                      "Ways to calm down or take your mind off things without needing "
                      "anyone else. A skill from RecoveryDesk can go here too."),
    N_("People and places that take my mind off things"),
    N_(
                      "People you like being around, and places where you can be among "
                      "others, like a café, a library or a park."),
    N_("People I can ask for help"),
    N_(
                      "People you trust and could tell that you're having a hard time."),
    N_("Professionals and services"),
    N_(
                      "Your therapist, doctor or care team, crisis lines, and the nearest"
                      " emergency department."),
    N_("Making where I am safer"),
    N_(
                      "Steps you choose, in your own words, that make your surroundings "
                      "safer during a hard time. You can tick each one when it's done."),
    N_("What matters most to me"),
    N_(
                      "Your reasons for living: people, pets, plans, places and things "
                      "that matter to you."),
    # storage/errors.py WrongPassphraseError (the lock screen's most common message)
    N_("That passphrase didn't open your vault. Check for typos or "
                                  "Caps Lock and try again."),
    N_("That recovery key didn't open your vault. Check for typos "
                                  "or Caps Lock and try again."),
    # storage/keychain.py UNAVAILABLE
    N_(
                      "This computer has no secure keychain that RecoveryDesk can use, so "
                      "you'll type your passphrase each time. Your vault works the same either "
                      "way."),
    # goals.py MEASURE_UNITS ("2 of 3 check-ins")
    N_("strong urge ridden out"),
    N_("strong urges ridden out"),
    N_("skill"),
    N_("skills"),
    N_("journal entry"),
    N_("journal entries"),
    N_("check-in"),
    N_("check-ins"),
    # skills/engine.py PHASES
    N_("Breathe in"),
    N_("Hold"),
    N_("Breathe out"),
    # reminders.py
    N_("A moment for a check-in, if you'd like one."),
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
    return i18n.gettext(text) if text else text
