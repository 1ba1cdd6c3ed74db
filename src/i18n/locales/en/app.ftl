# Trede: English
# Tone: inviting and respectful, never commanding.

app-name = Trede
app-tagline = Looking together, planning together
skip-to-content = Skip to content
language-label = Screen language
privacy-line = Everything stays in this browser on this device. Nothing goes to a server.
storage-persistent = This browser has promised to keep the data, even when the device gets full.
storage-best-effort = This browser may erase the data when the device gets full or the site goes unused for a long time. An export is the safest copy.
update-ready = A new version of Trede is ready. Everything is saved.
update-apply = Update now
locale-failed = The translation in { $language } could not be loaded. These screens are in Dutch for now.

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Home
home-title = Dossiers on this device
home-count =
    { $count ->
        [0] No dossiers on this device yet.
        [one] One dossier on this device.
       *[other] { $count } dossiers on this device.
    }
home-empty-hint = Start with a new dossier: only a name is needed, the rest you fill in together.
new-dossier-title = New dossier
new-dossier-name-label = Client's name
new-dossier-name-hint = As the client likes to be called. No national register number needed.
new-dossier-button = Create dossier
dossier-created-on = Created on { $date }
dossier-updated-on = Changed on { $date }
open-button = Open
rename-button = Rename
delete-button = Delete
save-button = Save
cancel-button = Cancel
rename-label = New name

## Dossier
back-to-list = All dossiers
dossier-heading = { $name }'s dossier
client-lang-label = Client's language
client-lang-hint = Screens the client fills in use this language.
dossier-dates-title = About this dossier

view-overview = Overview
dossier-nav-label = Parts of the dossier

## Confirm
confirm-delete-title = Delete this dossier?
confirm-delete-body = { $name }'s dossier will be erased from this device. This cannot be undone.
confirm-delete-yes = Yes, delete

## Errors
error-name-empty = Please enter a name.
error-name-too-long = This name is { $actual } characters long. At most { $max } characters.
unreadable-notice =
    { $count ->
        [one] One saved dossier could not be read. It stays untouched on this device.
       *[other] { $count } saved dossiers could not be read. They stay untouched on this device.
    }
load-error-not-json = The data is damaged or incomplete.
load-error-no-version = The data has no version number.
load-error-too-new = The data comes from a newer version of Trede.
load-error-migration = The data could not be converted to this version.
load-error-invalid = The data is not a valid dossier.
save-error-full = This device's storage is full. The latest changes were not saved, but they stay on screen while this page is open.
save-error-unavailable = This browser does not allow saving data. Changes last only while this page is open.
save-error-other = Saving failed. Your changes are still on screen; we try again at the next change.

## Life domains
life-domain-money = Money and debts
life-domain-housing = Housing
life-domain-health = Physical health
life-domain-mind = Mental wellbeing
life-domain-addiction = Addiction
life-domain-family = Family and care tasks
life-domain-childcare = Childcare
life-domain-safety = Safety at home
life-domain-network = People around me
life-domain-structure = Daily rhythm
life-domain-daily = Daily living
life-domain-dutch = Dutch language
life-domain-learning = Education and diplomas
life-domain-work = Work experience and skills
life-domain-attitude = Attitude and motivation
life-domain-mobility = Getting around
life-domain-papers = Paperwork and residence
life-domain-digital = Digital skills

## Participation ladder
rung-1 = Contacts limited to the home circle
rung-2 = Social contacts outside the home
rung-3 = Work-like activities
rung-4 = Unpaid work
rung-5 = Paid work with support
rung-6 = Paid work

## Files and end of meeting
device-tools-title = Files and this device
export-button = Export
import-button = Import a dossier
import-hint = Choose a file exported by Trede (.json). The dossiers on this device stay as they are.
import-done = { $name }'s dossier has been imported.
import-done-copy = { $name }'s dossier has been imported as a copy: the same dossier was already on this device and stays unchanged.
import-failed = { $file } could not be imported. Nothing changed in the dossiers on this device.
import-where = line { $line }, column { $column }
import-error-not-json = This file is damaged or incomplete: it is not valid JSON.
import-error-too-deep = This file is nested too deeply to be a dossier.
import-error-too-large = This file is larger than { $detail } MB. A dossier is much smaller.
import-error-not-trede = This is not a Trede dossier file.
import-error-encrypted = This file is encrypted with a passphrase.
import-error-file-version = This file has version { $detail }, which this version of Trede does not know.
import-error-too-new = This dossier comes from a newer version of Trede (schema { $detail }). Please update Trede first.
import-error-missing-field = The field “{ $field }” is missing.
import-error-unknown-value = The value “{ $detail }” is unknown.
import-error-wrong-type = A field has the wrong kind of value, for example a number where text belongs.
import-error-invalid = The dossier in this file is not valid: { $detail }
import-error-bad-name = The client's name in this file is empty or too long.
import-error-bad-id = The dossier's key in this file is not valid.
import-error-unreadable = The file could not be read.
wipe-button = End of meeting: erase everything
wipe-title = Erase every dossier from this device?
wipe-body =
    { $count ->
        [one] The dossier below will be erased from this device.
       *[other] The { $count } dossiers below will be erased from this device.
    } This cannot be undone. Would you like to export first?
wipe-confirm = Erase everything

## Passphrases and encryption
passphrase-label = Passphrase
passphrase-repeat-label = Passphrase again
passphrase-cannot-recover = Keep this passphrase safe: if it is forgotten, nobody can open the data any more. Not even the OCMW.
passphrase-encrypt-choice = Encrypt with a passphrase (recommended)
passphrase-too-short = Please choose a passphrase of at least 12 characters. Three or four unrelated words are easy to remember, for example: “blue bike lighthouse soup”.
passphrase-empty = Please enter the passphrase.
passphrase-mismatch = The two passphrases are not the same.
passphrase-working = One moment…
export-title = Export dossier
export-intro = You are making a file with this dossier. With a passphrase, only someone who knows it can open the file.
export-make-file = Make file
import-passphrase-title = Open an encrypted file
import-passphrase-intro = { $file } is encrypted. Please enter the passphrase it was made with.
import-passphrase-open = Open
crypto-error-wrong-passphrase = This passphrase is not right. Please try again.
crypto-error-tampered = The passphrase is right, but the file was changed or is damaged. It is not opened.
crypto-error-unavailable = This browser cannot encrypt here. Open Trede over https or on this device itself.
crypto-error-malformed = This encrypted file is incomplete or damaged.

## Locking
lock-title = Locking
lock-off = This dossier is not locked. With a passphrase it is stored only encrypted, and only someone who knows the passphrase can open it.
lock-on = This dossier is locked: it is stored on this device only encrypted.
lock-set = Lock with a passphrase
lock-intro = Choose a passphrase for this dossier. Without it, nobody can open the dossier on this device any more.
lock-now = Lock now
lock-remove = Remove the lock
lock-idle-label = Lock by itself after
lock-idle-minutes = { $minutes } minutes without use
locked-dossier-name = Locked dossier { $number }
locked-dossier-hint = The name and the content are encrypted. Unlock with the passphrase.
unlock-button = Unlock
unlock-title = Unlock dossier
unlock-intro = Please enter this dossier's passphrase.

tab-conflict = { $name }'s dossier was changed in another window at the same time. Nothing is lost: the other window's version is now a separate dossier in the list.
notice-understood = Understood
save-error-export = Export this dossier now
save-error-export-hint = Open a dossier and export it to keep it.

## rules
rung-1-definition = Social contacts matter, but they happen mostly at home and close by: the household, close family, care and support workers, also in a care or welfare home where someone lives.
rung-2-definition = Contacts outside the home and taking part in organised activities, such as at an association, a service centre or a poverty organisation: meeting people and doing something meaningful.
rung-3-definition = Doing work-like tasks under supervision, together with support for wellbeing and care. Paid work is not yet feasible in the medium term.
rung-4-definition = A temporary step without an employment contract: gaining experience and skills, with guidance on work, wellbeing and care, to move on to rung 5 or 6 later.
rung-5-definition = Paid work with personal support, because something still stands in the way of working fully independently. The employer gets compensation for that extra support.
rung-6-definition = Work in the regular economy, without special support or guidance. Most employees and self-employed people are here.
## guard
import-error-implausible = The dossier in this file holds a value no real dossier has (in “{ $field }”): the file is damaged or was not made by Trede. Nothing was added.
load-error-implausible = The data holds a value no real dossier has: it is damaged or was not written by Trede.
wipe-cannot-erase = Trede cannot erase what has already left the app: exported files, printed pages and PDFs stay in Downloads, at the printer or wherever they were shared. Delete them yourself.
wipe-done = Everything Trede kept on this device is erased. Checked: nothing is left.
wipe-incomplete = Not everything could be erased. This is left. Close every Trede window and clear this site's data in the browser's settings.
lock-when-hidden = On this device, close every locked dossier as soon as the tab is hidden or the screen turns off

## turn
turn-start = Give the tablet to the client
turn-nav-label = Your screens
turn-plan = Read the plan
turn-print-copy = Print my copy
turn-hold-return = Social worker: hold for 2 seconds to take the tablet back
turn-returned = The tablet is back with you. Everything the client entered has been kept.
turn-note-unreviewed = This is a help translation. No native speaker has checked it yet. The Dutch text is the one that counts.
turn-note-reviewed = This is a help translation, checked by a native speaker. The Dutch text is the one that counts.
home-search-label = Search by name
home-sort-label = Order
home-sort-newest = Newest first
home-sort-name = Name (A–Z)
home-sort-changed = Last changed first
home-search-none = No dossier with that name.
## store
save-status-saving = Saving…
save-status-saved = Everything is saved on this device.
storage-room = { $used } used on this device, { $free } still free.
## The example on the home screen
plan-example-title = Look at an example
plan-example-text = A made-up client with a finished plan and one evaluation. Nothing in it is real.
plan-example-button = Open the example
plan-example-badge = Example: not a real person
