# kumban messages of the files it reads and writes (import, export,
# DHIS2) and of the command line's checks of values, kept apart from
# kumban.ftl. Column names, codes and JSON keys
# stay as written: they are the files' words, not a person's.

## Import: a cell of a row
imp-must-be-empty = must be empty { $why }
imp-enter-whole-number = enter a whole number
imp-not-whole-number = "{ $text }" is not a whole number
imp-not-yes-no = "{ $text }" is not yes or no
imp-enter-amount-for-currency = enter the amount for this currency
imp-currency-disagrees = says { $says } but the { $column } column says { $currency }
imp-enter-one-of = enter one of { $words }
imp-not-one-of = "{ $text }" is not one of { $words }
imp-why-born-in-herd = for an animal born in the herd (its date is born_on)
imp-enter-dam = enter the ear tag of the calf's mother
imp-why-unless-born = unless the origin is born
imp-why-sold = for a sold animal
imp-enter-sale-price = enter the sale price and its currency
imp-why-died = for an animal that died
imp-why-active = for an active animal
imp-gestation-range = gestation must be between 260 and 300 days (283 is usual for cattle)
imp-why-calving = for a calving
imp-why-lost = for a lost pregnancy
imp-why-pending = while the pregnancy is pending
imp-sire-both = give either a herd bull's ear tag (sire_bull) or an outside sire's code (sire), not both
imp-expected-calving = { $expected } is not service_date + gestation_days ({ $computed }); correct it or leave it empty
imp-calves = { $n } calves: write 1, or 2 for twins
imp-why-not-twins = unless calves is 2 (twins)
imp-why-not-exited = unless the poverty status is exited
imp-members-range = members must be between 1 and 30
imp-birth-year-range = write the year of birth, such as 1985
imp-enter-amount = enter the amount and its currency
imp-withdrawal-range = write 0 to { $max } (0 if none)
imp-campaign-range = a campaign is a number above zero
imp-capacity-range = capacity must be between 1 and 200 head

## Import: rows against each other and the database
imp-twice = { $what } appears twice in this import (also at { $at })
imp-already-stored = { $what } is already in the database; leave the row out, or import with --update to change it
imp-what-household = household { $code }
imp-what-pen = pen "{ $label }" of household { $household }
imp-what-animal = animal { $tag }
imp-what-pregnancy = the pregnancy of { $cow } serviced on { $date }
imp-what-member = member { $name } of household { $household }
imp-what-training = the training on { $topic } at { $place } on { $date }
imp-what-attendance = the attendance of { $member } of { $household } at the training on { $topic } on { $date }
imp-what-visit = the visit of { $technician } to { $household } on { $date }
imp-what-weight = the weight by { $method } of { $animal } on { $date }
imp-what-health = the { $kind } ({ $product }) of { $animal } on { $date }
imp-what-rate = the { $currency } rate of { $date }
imp-pens-same-label-stored = household { $household } has { $n } pens labelled "{ $label }" in the database; give them different labels first
imp-pregnancies-same-day-stored = { $cow } has { $n } pregnancies serviced on { $date } in the database; cannot tell which this row is
imp-income-already-stored = this income log of { $household } on { $date } is already in the database; leave the row out, or import with --update to skip it
imp-training-no-attendees = the training on { $topic } at { $place } on { $date } has no attendees; add its rows to attendance.csv
imp-no-training = there is no training on { $topic } at { $place } on { $date } in this import or in the database
imp-no-member = household { $household } has no member named "{ $member }" in this import or in the database
imp-enter-household = enter the code of the household, such as BS-07
imp-no-household = there is no household { $code } in this import or in the database
imp-no-pen = household { $code } has no pen labelled "{ $label }" in this import or in the database
imp-pens-same-label = household { $code } has { $n } pens labelled "{ $label }"; give them different labels first
imp-no-animal = there is no animal { $tag } in this import or in the database
imp-dam-loop = the line of dams of { $tag } leads back to { $tag }; an animal cannot be its own ancestor
imp-store-refused = the database refused the import

## Import: files and folders
imp-cannot-open = cannot open it: { $reason }
imp-cannot-read = cannot read it: { $reason }
imp-cannot-read-here = cannot read the file here: { $reason }
imp-file-empty = the file is empty; it should start with a header row (see docs/export-format.md)
imp-file-utf16 = the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8") and import again
imp-file-workbook = this is a workbook (.xlsx or .ods), not CSV; save the sheet as "CSV UTF-8" and import that
imp-file-backup = this looks like a kumban backup; use `kumban restore` for backups
imp-column-twice = the column "{ $name }" appears twice
imp-column-unknown = unknown column "{ $name }"; the columns of { $stem }.csv are { $columns }
imp-column-missing = the column "{ $name }" is missing
imp-kind-unknown = cannot tell which records this file holds; name it { $names } (or .json), or use the column names of docs/export-format.md
imp-row-too-long = a row longer than { $limit } bytes; is a quote (") left open? Nothing after it was read
imp-cell-not-utf8 = cell { $n } is not UTF-8 text; save the file as UTF-8 (in Excel: "CSV UTF-8") and import again
imp-cell-multiline = the cell runs over several lines; is a quote (") left open?
imp-cell-count = { $n } cells where the header has { $width }; check for a missing or extra comma
imp-no-header = the file has no header row; the first row must name the columns (see docs/export-format.md)
imp-record-too-long = a record longer than { $limit } bytes; is a quote (") left open? Nothing after it was read
imp-json-cut-short = the JSON ends too early; the file was cut short (copy it again)
imp-json-invalid = this is not valid JSON here: { $reason }
imp-json-not-export = this is not what an export holds: { $reason }
imp-json-format = "format" is not "kumban-export"; this is not a kumban export
imp-json-version = the export is version { $found }, this kumban reads up to version { $supported }; update kumban
imp-json-top-key = unknown key "{ $key }"; expected format, version, households, pens, animals, pregnancies or income
imp-json-key-twice = the key "{ $key }" appears twice in this { $within }; keep only one, so it is clear which value is meant
imp-json-expecting-top = an array of records, or the object written by `kumban export --out -`
imp-json-expecting-records = an array of record objects
imp-json-document = document
imp-json-record = record
imp-json-key-missing = missing; every record needs this key
imp-json-not-group = { $value } is not a group name
imp-json-expected = expected { $expected }, found { $found }
imp-json-key-unknown = unknown key "{ $key }"; the keys of { $stem } records are listed in docs/export-format.md
imp-json-a-text = text
imp-json-a-whole-number = a whole number
imp-json-true-or-false = true or false
imp-json-a-group-list = a list of group names
imp-json-a-list = a list
imp-json-an-object = an object
imp-json-a-value = a value
imp-path-missing = { $path } does not exist; give an export folder or a .csv or .json file
imp-path-unreadable = cannot read { $path }: { $reason }; check that you may read it
imp-csv-and-json = { $path } holds both { $stem }.csv and { $stem }.json; keep one of them
imp-no-export-files = { $path } holds no export files; expected households.csv, pens.csv, animals.csv, pregnancies.csv or income.csv (or .json)
imp-not-a-file = { $path } is { $what }, not a file or a folder of export files; give an export folder or a .csv or .json file
imp-a-named-pipe = a named pipe
imp-a-device = a device
imp-a-socket = a socket
imp-something-else = something else

## The command line's checks of values (--period, --currency, --today, KUMBAN_TODAY)
err-period-malformed = "{ $text }" is not a month; write it as YYYY-MM, such as 2026-10
err-period-range = { $text } is outside the years 1990 to 2100; check the year
err-span-malformed = "{ $text }" is not a period; write a year (2026), a month (2026-03) or a quarter (2026-Q1)
cli-not-a-currency = "{ $text }" is not a currency kumban knows; choose one of { $codes }
cli-env-invalid-value = invalid value '{ $value }' for { $name }: { $why }
cli-report-all-one-document = --by all puts every report in one document: use --format text or html, or ask for CSV and JSON one --by at a time
usage-invalid-value-why = invalid value '{ $value }' for '{ $arg }': { $why }

## Export and DHIS2
exp-dangling = { $what } refers to { $target } id { $id }, which does not exist; run `kumban check` and restore a backup
exp-standard-output = standard output
exp-cannot-write = cannot write { $path }: { $error }; check the folder exists and is writable
exp-dhis2-needs-period = --format dhis2 needs --period YYYY-MM, the month to report, such as --period 2026-11
exp-period-not-json = --period goes with --format dhis2 (or csv, for DHIS2's CSV data values); --format json writes every record, whatever its date
exp-stdout-not-csv = --out - writes one JSON document; use --format json with it, or give a folder for CSV files
dhis2-exported-json = Exported the DHIS2 data value set of { $period }: { $values } values for { $villages } villages to { $path }.
dhis2-exported-csv = Exported the DHIS2 data values (CSV) of { $period }: { $values } values for { $villages } villages to { $path }.
dhis2-no-mapping = no DHIS2 mapping at { $path }
dhis2-mapping-unreadable = cannot read { $path }: { $error }; check the file's permissions
dhis2-mapping-invalid = { $path } is not a DHIS2 mapping: { $why }; correct it as docs/export-format.md ("DHIS2 mapping") shows
dhis2-codes = { $n } codes missing or wrong in { $path }
dhis2-no-mapping-template = no DHIS2 mapping at { $path }; nothing was written. Write the district's codes there, in this form (docs/export-format.md, "DHIS2 mapping"), filling in every "":
dhis2-codes-refused = { $n } { $n ->
        [one] code is
       *[other] codes are
    } missing or wrong in { $path } (listed above); nothing was written. Correct the mapping and export again.
dhis2-no-code = { $section }: no code for "{ $name }"
dhis2-bad-code = { $section }: the code of "{ $name }" ({ $code }) { $why }
dhis2-code-empty = is empty
dhis2-code-too-long = is longer than the 50 characters DHIS2 keeps
dhis2-code-control = holds control characters or spaces at its ends
dhis2-code-formula = starts with = + - or @, which a spreadsheet reads as a formula
dhis2-unknown-indicator = dataElements: "{ $key }" is not an indicator kumban reports (docs/export-format.md lists them)
dhis2-unknown-currency = categoryOptionCombos: "{ $key }" is not a currency kumban keeps (LAK, USD, CNY, THB)

## Backup and restore: why a backup is damaged, why a restore stopped
backup-doing-restoring = restoring
backup-doing-compacting = compacting
backup-nothing-changed = { $reason }; nothing was changed
backup-cannot-copy-access = cannot copy { $path } into the new database: { $reason }; nothing was changed
backup-disk-full = the disk filled while { $doing }: the new copy of the database needs about { $needed } free beside { $path } and { $free } are free now; nothing was changed (the database is as it was); free some space and try again
backup-cannot-swap = cannot put the new database in place of { $path }: { $reason }; nothing was changed
backup-parent-not-writable = cannot restore or compact: { $path } does not let this user make folders in it, and the new database is made there beside the old one; nothing was changed; ask whoever keeps the office computer to let the group write to { $path } (see docs/office-setup.md) or to do it
backup-cannot-make = cannot make { $path }: { $reason }; nothing was changed
backup-line-too-long = a line is far longer than any backup writes
backup-compressed-unreadable = its compressed data cannot be read: { $reason }
backup-header = its header: { $reason }
backup-version-0 = its header names a version 0
backup-other-format = its header names a format other than the file's own
backup-checksum-unreadable = its checksum line is unreadable
backup-checksum-mismatch = its checksum does not match its content: bytes were changed after it was written
backup-at-line = line { $line }: { $reason }
backup-no-counters = the counters line is missing
backup-second-counters = a second counters line
backup-schema-unknown = schema { $schema } is not one this kumban reads (1 to { $supported })
backup-schema-no-way = no way to bring schema { $schema } up to { $supported }
backup-saves-kept-landing = saves kept landing
backup-what-backup-format = backup format
backup-what-database-schema = database schema
atomic-not-a-file-name = { $path } is not a file name

## Export: what a record that names a missing one is
exp-what-health = a health event of { $date }
exp-what-income = an income log of { $date }
exp-what-member = household member { $name }
exp-what-pen = pen { $label }
exp-what-attendance = an attendance of training { $training }
exp-what-visit = a technician visit of { $date }
exp-what-weight = a weight of { $date }
exp-what-pregnancy = a pregnancy serviced on { $date }
