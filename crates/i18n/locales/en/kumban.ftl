# kumban messages: English, the source the others translate.
# Terms follow docs/glossary.md. Ids of key help, hints, screens and
# groups are their English made an identifier (i18n::text_id).

## Screens (their English is Tab::title)
tab-dashboard = Dashboard
tab-households = Households
tab-pens = Pens
tab-cattle = Cattle
tab-breeding = Breeding
tab-income = Income
tab-history = History
tab-review = Review

## Groups of the navigation bar (nav::GROUPS)
group-home = Home
group-households = Households
group-herd = Herd
group-money = Money
group-checks = Checks

## Key descriptions of the help popup (keymap.rs, forms keys)
help-quit-asks-first-when-a-form-holds-changes = quit (asks first when a form holds changes)
help-quit = quit
help-help-for-this-screen-again-to-close = help for this screen (again to close)
help-back-close-the-popup-clear-the-filter-or-leave-a-related-view = back: close the popup, clear the filter, or leave a related view
help-redraw-the-whole-screen = redraw the whole screen
help-go-to-a-group-of-screens-again-its-next-screen = go to a group of screens; again: its next screen
help-next-screen-in-the-order-of-the-bar = next screen, in the order of the bar
help-previous-screen = previous screen
help-down-one-row = down one row
help-up-one-row = up one row
help-down-one-page = down one page
help-up-one-page = up one page
help-first-row = first row
help-last-row = last row
help-select-the-next-figure-or-calving = select the next figure or calving
help-select-the-previous-figure-or-calving = select the previous figure or calving
help-open-the-list-or-the-record-behind-the-selected-figure-or-calving = open the list or the record behind the selected figure or calving
help-scroll-down = scroll down
help-scroll-up = scroll up
help-open-the-record-every-field-and-its-related-records = open the record: every field and its related records
help-new-record-in-a-form = new record, in a form
help-edit-the-record-in-a-form = edit the record in a form
help-delete-the-record-asks-y-n-refused-while-others-point-to-it = delete the record (asks y/N; refused while others point to it)
help-record-a-service-of-this-cow-a-new-pending-pregnancy = record a service of this cow: a new pending pregnancy
help-record-the-sale-of-this-animal-with-the-income = record the sale of this animal, with the income
help-record-the-death-of-this-animal = record the death of this animal
help-pregnancy-check-pregnant-open-or-check-again-later = pregnancy check: pregnant, open, or check again later
help-record-the-calving-and-the-calf = record the calving, and the calf
help-record-a-lost-pregnancy = record a lost pregnancy
help-record-a-service-a-new-pending-pregnancy-choose-the-cow = record a service: a new pending pregnancy (choose the cow)
help-this-household-s-pens = this household's pens
help-this-household-s-cattle = this household's cattle
help-this-household-s-income = this household's income
help-the-animals-in-this-pen = the animals in this pen
help-this-cow-s-breeding-history = this cow's breeding history
help-this-cow-s-calves = this cow's calves
help-income-logs-naming-this-animal = income logs naming this animal
help-the-cow = the cow
help-approve-the-month-its-records-are-locked-officers = approve the month: its records are locked (officers)
help-return-the-month-to-the-clerk-with-a-comment-officers = return the month to the clerk, with a comment (officers)
help-reopen-an-approved-month-officers = reopen an approved month (officers)
help-mark-a-returned-month-s-fixes-done = mark a returned month's fixes done
help-the-household-it-belongs-to = the household it belongs to
help-filter-the-list-as-you-type-esc-clears = filter the list as you type (Esc clears)
help-sort-by-the-next-column = sort by the next column
help-reverse-the-sort-order = reverse the sort order
help-undo-the-last-change-made-in-this-session-a-whole-calving-at-once = undo the last change made in this session (a whole calving at once)
help-reload-from-the-database-see-others-changes = reload from the database (see others' changes)
help-go-to-a-screen-by-name-a-list-that-narrows-as-you-type = go to a screen by name: a list that narrows as you type
help-keep-the-filter-and-go-back-to-the-list = keep the filter and go back to the list
help-delete-the-last-letter = delete the last letter
help-type-to-narrow-the-list-any-case-any-script = type to narrow the list (any case, any script)
help-yes = yes
help-no-the-default = no (the default)
help-close-the-message = close the message
help-narrow-the-list-a-screen-s-or-its-group-s-name = narrow the list: a screen's or its group's name
help-move-in-the-list = move in the list
help-go-to-the-chosen-screen = go to the chosen screen
help-close-the-list-staying-where-you-are = close the list, staying where you are
help-widen-the-filter = widen the filter
help-next-field = next field
help-previous-field = previous field
help-next-field-on-the-last-field-save-on-an-empty-reference-open-its-list = next field; on the last field, save; on an empty reference, open its list
help-save-only-valid-records-are-saved-what-was-typed-stays = save (only valid records are saved; what was typed stays)
help-close-the-form-asks-y-n-first-if-anything-was-typed = close the form; asks y/N first if anything was typed
help-move-in-the-text-change-a-choice = move in the text; change a choice
help-delete-the-character-before-after-the-cursor = delete the character before / after the cursor
help-clear-the-field = clear the field
help-at-the-end-of-the-text-take-the-dimmed-name-suggested-after-it = at the end of the text: take the dimmed name suggested after it
help-after-warnings-with-nothing-changed-save-anyway = after warnings, with nothing changed: save anyway
help-typed-into-the-field-space-changes-a-choice-or-opens-a-list = typed into the field (Space changes a choice or opens a list)
help-narrow-the-list-code-or-name-any-case-any-script = narrow the list: code or name, any case, any script
help-choose = choose
help-back-to-the-form-nothing-chosen = back to the form, nothing chosen

## Footer key hints (keymap.rs)
hint-quit = quit
hint-help = help
hint-back = back
hint-open = open
hint-new = new
hint-edit = edit
hint-delete = delete
hint-service = service
hint-sale = sale
hint-death = death
hint-check = check
hint-calving = calving
hint-loss = loss
hint-pens = pens
hint-cattle = cattle
hint-income = income
hint-animals = animals
hint-breeding = breeding
hint-calves = calves
hint-cow = cow
hint-approve = approve
hint-return = return
hint-reopen = reopen
hint-fixed = fixed
hint-household = household
hint-filter = filter
hint-sort = sort
hint-undo = undo
hint-go-to = go to
hint-keep = keep
hint-yes = yes
hint-no = no
hint-close = close
hint-move = move
hint-go = go

## Figures of the dashboard and of `kumban status`
fig-households = Households
fig-households-value = { $total } ({ $demonstration } demonstration)
fig-poverty = poverty
fig-poor = poor { $n }
fig-near-poor = near-poor { $n }
fig-not-poor = not poor { $n }
fig-exited = exited { $n }
fig-groups = groups
fig-pens = Pens
fig-planned = planned { $n }
fig-building = building { $n }
fig-built = built { $n }
fig-inspected = inspected { $n }
fig-over-capacity = over capacity { $n }
fig-cattle = Cattle
fig-cattle-active = { $active } active ({ $female } female, { $male } male)
fig-distributed = distributed { $n }
fig-born = born { $n }
fig-sold = sold { $n }
fig-died = died { $n }
fig-breeding = Breeding
fig-pregnant = { $n } pregnant
fig-due-30 = { $n } due in 30 days
fig-overdue = { $n } overdue
fig-calved = { $n } calved this year
fig-returned = Returned
fig-col-group = group
fig-col-cur = cur
fig-col-income = income
fig-col-expense = expense
fig-col-net = net
fig-col-per-member = per member
when-today = today
when-tomorrow = tomorrow
when-in-days =
    { $n ->
        [one] in { $n } day
       *[other] in { $n } days
    }
when-days-ago =
    { $n ->
        [one] { $n } day ago
       *[other] { $n } days ago
    }
when-days-late = { $n } days late
when-short-ahead = +{ $n }d
when-short-late = { $n }d late

## The dashboard screen
dash-not-computed = The figures could not be computed; see the message below. Press { $key } to retry.
dash-due-next = Due next: { $n } in 30 days
dash-overdue = Overdue: { $n } (over 14 days late)
dash-none = none
dash-returned-more = and { $n } more months returned: see { $review }
dash-income-year = Income { $year }
dash-income-nothing = nothing recorded from 1 January to { $today }
dash-profit-per-cow = cattle profit per cow { $amounts } · 1 January to { $today }
dash-from-january = from 1 January to { $today }
dash-more = … more on the Breeding tab (5)
dash-more-short = … more: Breeding tab (5)

## `kumban status` as text
status-title = kumban status, { $today }
status-returned = Returned by the officer (fix, then `kumban fixed --village V --period YYYY-MM`)
status-by-on = { $by } on { $date }
status-overdue = Overdue
status-due-next = Due next
status-and-more = ... and { $n } more
status-income = Income { $year }, 1 January to { $today }
status-income-nothing = nothing recorded this year
status-profit-per-cow = cattle profit per cow: { $amounts }

## Popups, the go-to list and the list screens
help-title = Help: { $screen } keys
help-on-tab = On the { $screen } tab
help-in-detail = In this detail popup
help-in-form = In a form
help-in-picker-field = In a list to choose from (a reference field)
help-in-picker = In a list to choose from
help-in-filter = While typing a filter
popup-position = { $first }-{ $last } of { $total }
palette-title = Go to
palette-none = No screen has that name.
palette-here = here

## The welcome screen of an empty database
welcome-title = Welcome to kumban
welcome-empty = This database is empty: { $db }
welcome-first-heading = To add the first household
welcome-first-keys = press { $group } for the Households tab, then { $new }: a form opens. { $next } moves
welcome-first-fields = between fields, { $save } saves, { $close } cancels, { $undo } undoes a save.
welcome-demo-heading = To look around with the demonstration data
welcome-demo-quit = quit with { $quit } and run
welcome-demo-db = (with the same --db as now, if you gave one), then start kumban again.
welcome-keys = Press { $help } on any screen for its keys, { $quit } to quit.

## The Reports and Rates screens

tab-reports = Reports
tab-rates = Rates
help-down-one-row-of-the-report = down one row of the report
help-up-one-row-of-the-report = up one row of the report
help-next-report-household-village-group-month-baseline-herd-calvings = next report: household, village, group, month, baseline, herd, calvings
help-previous-report = previous report
help-open-what-the-row-stands-for-the-household-or-the-month-s-income = open what the row stands for: the household, or the month's income
help-period-of-a-year-then-a-quarter-then-a-month = period of a year, then a quarter, then a month
help-the-period-after = the period after
help-the-period-before-a-year-a-quarter-or-a-month-back = the period before: a year, a quarter or a month back
hint-earlier = earlier
hint-later = later
hint-period = period
hint-report = report
help-amounts-as-recorded-then-all-in-usd-lak-cny-or-thb-by-the-exchange-rates = amounts as recorded, then all in USD, LAK, CNY or THB (by the exchange rates)
hint-currency = currency

## The Members screen

help-this-household-s-members = this household's members
hint-members = members
tab-members = Members

## forms: field labels (their English is the label in crates/forms)
field-sex = Sex
field-ear-tag = Ear tag
field-breed = Breed
field-born-on = Born on
field-birth-date-estimated = Birth date estimated
field-origin = Origin
field-origin-date = Origin date
field-dam = Dam
field-owner-household = Owner household
field-pen = Pen
field-status = Status
field-sold-died-on = Sold/died on
field-sale-price = Sale price
field-cause-of-death = Cause of death
field-notes = Notes
field-animal = Animal
field-sold-on = Sold on
field-price = Price
field-income-note = Income note
field-died-on = Died on
field-cause = Cause
field-cow = Cow
field-service-date = Service date
field-method = Method
field-sire = Sire
field-gestation-days = Gestation (days)
field-served = Served
field-result = Result
field-checked-on = Checked on
field-calved-on = Calved on
field-record-the-calf = Record the calf
field-calf-s-ear-tag = Calf's ear tag
field-lost-on = Lost on
field-reason = Reason
field-code = Code
field-head-s-name = Head's name
field-village = Village
field-members = Members
field-phone = Phone
field-production-groups = Production groups
field-demonstration = Demonstration
field-poverty-status = Poverty status
field-exited-on = Exited on
field-baseline-income = Baseline income
field-enrolled-on = Enrolled on
field-household = Household
field-date = Date
field-production-group = Production group
field-income-or-expense = Income or expense
field-amount = Amount
field-description = Description
field-name = Name
field-birth-year = Birth year
field-relation-to-the-head = Relation to the head
field-works = Works
field-label = Label
field-capacity-head = Capacity (head)
field-inspected-on = Inspected on
field-inspected-by = Inspected by
field-inspection-result = Inspection result
field-roof-ok = Roof ok
field-floor-ok = Floor ok
field-drainage-ok = Drainage ok
field-trough-ok = Trough ok
field-space-per-head-ok = Space per head ok
field-next-inspection = Next inspection
field-failed-checks = Failed checks
field-confirmed-on = Confirmed on
field-outcome = Outcome
field-outcome-date = Outcome date
field-calf = Calf
field-reason-of-loss = Reason of loss
field-from-date = From date
field-currency = Currency
field-1-unit-is-worth-in-base = 1 unit is worth (in base)
field-base-currency = Base currency
field-source = Source

## forms: choice words shown (the stored word never changes)
choice-female = female
choice-male = male
choice-distributed = distributed
choice-born = born
choice-bought = bought
choice-active = active
choice-sold = sold
choice-died = died
choice-pregnant = pregnant
choice-open = open
choice-recheck = recheck
choice-poor = poor
choice-near-poor = near-poor
choice-not-poor = not poor
choice-exited = exited
choice-income = income
choice-expense = expense
choice-natural = natural
choice-ai = AI
choice-pending = pending
choice-calved = calved
choice-lost = lost
choice-head = head
choice-spouse = spouse
choice-child = child
choice-parent = parent
choice-sibling = sibling
choice-grandchild = grandchild
choice-other-relative = other relative
choice-other = other
choice-planned = planned
choice-building = building
choice-built = built
choice-inspected = inspected
choice-pass = pass
choice-needs-work = needs work
choice-fail = fail
choice-roof = roof
choice-floor = floor
choice-drainage = drainage
choice-trough = trough
choice-space-per-animal = space per animal
choice-yes = yes
choice-no = no

## forms: titles of the lists to choose from
picker-choose-a-household = Choose a household
picker-choose-a-pen-of-the-household = Choose a pen of the household
picker-choose-a-cow-active-not-pregnant = Choose a cow (active, not pregnant)
picker-choose-the-dam-a-female-of-the-herd = Choose the dam (a female of the herd)
picker-choose-an-animal = Choose an animal
picker-choose-the-calf = Choose the calf

## forms: record kinds as nouns (RecordKind::noun)
noun-household = household
noun-cattle-pen = cattle pen
noun-animal = animal
noun-pregnancy = pregnancy
noun-income-log = income log
noun-exchange-rate = exchange rate
noun-household-member = household member

## forms: titles, hints, footers and messages
form-title-new-household = New household
form-title-household = Household { $code }
form-title-new-animal = New animal
form-title-animal = Animal { $tag }
form-title-sale = Sale of { $tag }
form-title-death = Death of { $tag }
form-title-service-of = Record service of { $cow }
form-title-service = Record service
form-title-check = Pregnancy check of { $tag }
form-title-calving = Calving of { $tag }
form-title-loss = Lost pregnancy of { $tag }
form-title-new-income = New income log
form-title-income = Income log of { $date }
form-title-new-member = New household member
form-title-member = Household member { $name }
form-title-new-pen = New cattle pen
form-title-pen = Cattle pen { $label }
form-title-new-pregnancy = New breeding record
form-title-pregnancy = Breeding record of { $cow }
form-title-new-rate = New exchange rate
form-title-rate = { $currency } rate of { $date }
form-animal-of = { $tag } ({ $sex }) of { $owner }
form-served = { $date } ({ $method }), due { $due }
form-hint-date = YYYY-MM-DD or today
form-hint-money = 800 is { $currency }; or 800.50 USD, 1,200,000 LAK
form-hint-money-optional = optional; 800 is { $currency }; or 800.50 USD, 1,200,000 LAK
form-hint-reference = { $key } to choose
form-hint-reference-optional = optional; { $key } to choose
form-hint-optional = optional
form-keys-choice = { $sides }/{ $space } change
form-keys-multi = { $sides } move { $space } tick, type+{ $enter } adds
form-keys-reference = { $enter } list, { $delete } clears
form-keys-text = type to edit
form-type-a-new-group = type a new group
form-footer = { $next } next  { $back } back  { $field }  { $save } save  { $cancel } cancel
form-footer-warned = { $enter }/{ $save } again: save anyway  ·  a change checks again  { $cancel } cancel
form-keys-suggestion = { $key } completes
form-warned = { $n ->
    [one] check the warning marked ?: { $enter } (or { $save }) again saves anyway
   *[other] check the { $n } warnings marked ?: { $enter } (or { $save }) again saves anyway
}
warn-pen-over-capacity = pen { $pen } would hold { $head } head; its capacity is { $capacity }
warn-pen-not-built = pen { $pen } is not built yet ({ $status })
warn-gestation = a gestation of { $days } days from the service on { $served }; usually { $low } to { $high }
warn-calving-before-check = calved before the pregnancy check on { $checked }
warn-date-ahead = { $days } days after today: is the year or month right?
warn-household-duplicate = household { $code } has a head of the same name in { $village }
warn-name-close = "{ $name }" is new; did you mean "{ $like }"?
picker-filter = Filter:{ " " }
picker-count = { $total } to choose from
picker-matches = { $shown } of { $total } match
picker-empty = nothing to choose from here
picker-no-match = nothing matches; Backspace widens the filter
# A picker on a large database opens before its choices are read.
picker-loading = loading the choices…
picker-load-stopped = the choices stopped loading; open the list again
picker-keys = { $moves } move  { $choose } choose  { $back } back
picker-animal-detail = { $sex } { $status } of { $owner }
picker-pen-detail = { $status }, { $head } head
form-not-saved-one = not saved: fix the marked field
form-not-saved-many = not saved: { $n } problems to fix
form-not-saved-because = not saved: { $why }
form-choose-first = choose the { $field } first
form-choose-from-list = choose the { $field }: press { $key } for the list
form-changed-since-opened = not saved: { $by } changed this { $noun } at { $at } since you opened it. { $save } saves yours over theirs; { $close }, then e, shows theirs
form-enter-a-number = enter a number
form-not-a-whole-number = "{ $text }" is not a whole number; write digits only, such as 5
form-pasted-first-line = only the first line was pasted; a field holds one line
form-reference-missing = { $noun } id { $id } (missing)
form-pregnancy-closed = the pregnancy of { $tag } served { $date } is already closed ({ $outcome })
form-animal-not-active = { $tag } is already { $status }
saved-new = saved new { $noun } { $what }
saved-nothing-changed = nothing changed in { $noun } { $what }; nothing was saved
saved-edit = saved { $noun } { $what }
saved-calving-calf = saved the calving of { $cow } and calf { $calf }
saved-calving = saved the calving of { $cow }
saved-sale = saved the sale of { $tag } for { $amount }
describe-income = { $flow } { $amount } on { $date }
describe-pregnancy = served { $date }
describe-rate = the { $currency } rate of { $date }

## errors: the model's problems and the input conventions' refusals
err-must-not-be-empty = must not be empty
err-invisible-character = contains an invisible character ({ $char }); retype it without special keys
err-control-character = contains a control character ({ $char }); retype it without special keys
err-too-long = is { $n } characters long; the limit is { $max }
err-spaces-at-ends = must not start or end with spaces
err-date-range = { $date } is outside the years 1990 to 2100; check the year
err-not-before = { $later } is before the { $earlier_name } ({ $earlier })
term-service-date = service date
term-inspection-date = inspection date
term-birth-date = birth date
term-enrolment-date = enrolment date
term-household-code = household code
term-ear-tag = ear tag
err-code-empty = enter the { $what }, such as { $example }
err-code-long = the { $what } is longer than 20 characters
err-code-characters = the { $what } may use capital letters, digits, - and /, such as { $example }
err-members-range = members must be between 1 and 30
err-phone = write the phone number with digits, spaces, + and -, such as +856 20 5555 1234
err-group-name = "{ $group }" is not a valid group name
err-group-twice = a production group is listed twice
err-baseline-negative = baseline income cannot be negative
err-sale-price-positive = the sale price must be more than zero
err-cause-of-death = cause of death { $problem }
err-reason = reason { $problem }
err-gestation = gestation must be between 260 and 300 days (283 is usual for cattle)
err-amount-positive = the amount must be more than zero; choose expense for money paid out
err-capacity-range = capacity must be between 1 and 200 head
err-inspection-date-needed = an inspected pen needs the date of the inspection
err-inspection-date-only = only an inspected pen has an inspection date; set the status to inspected or clear the date
err-inspector-only = only an inspected pen has an inspector; set the status to inspected or clear the name
err-inspection-result-date = an inspection result, checklist or next inspection needs the date of the inspection
err-checklist-twice = each checklist item may be listed once
err-rate-of-base = { $currency } is the base currency, always worth 1 { $currency }; choose the currency this rate converts
err-birth-year-range = { $year } is before { $earliest } or after { $latest }; write the year of birth, such as 1985
err-birth-year-future = { $year } is in the future (today is { $today }); write the year of birth
err-date-empty = enter a date such as 2026-03-15 or 15/03/2026 (day first), or the word today
err-date-malformed = "{ $text }" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today
err-date-short-year = "{ $text }": write the year in full, such as 15/03/2026
err-amount-empty = enter an amount, such as 800 or 800.50 USD
err-amount-not-a-number = "{ $text }" is not an amount; write digits such as 1,200,000 or 800.50
err-amount-decimals = use at most two decimal places, such as 800.50
err-amount-too-large = the amount is too large; the largest kumban keeps is 92,233,720,368,547,758.07
err-currency-unknown = "{ $text }" is not a currency kumban knows; use LAK, USD, CNY or THB
err-two-currencies = { $first } and { $second } are two currencies; write one
err-amount-unclear = "{ $text }" is unclear: write { $thousands } if you mean thousands, or { $decimal } for a decimal (a dot is the decimal point)
err-rate-empty = enter what one unit is worth in the base currency, such as 0.0000461
err-rate-not-a-number = "{ $text }" is not a rate; write a decimal number such as 0.0000461 or 0.1389
err-rate-not-positive = a rate must be more than zero; write what one unit is worth in the base currency
err-rate-decimals = use at most 12 decimal places, such as 0.000046082949
err-rate-too-large = the rate is too large; one unit can be worth at most 18,000,000 of the base

## errors: production group names and typing
err-group-empty = enter a production group, such as cattle, corn or weaving
err-group-too-long = "{ $text }" is longer than 24 letters
err-group-characters = "{ $text }" is not a group name; use lowercase letters, digits and hyphens, such as rice-seed
err-typed-control-character = { $char } is a control character and cannot be typed here
err-pasted-control-character = the pasted text holds a control character ({ $char }); nothing was pasted

## errors: the store's refusals and failures (StoreError)
store-in-use = the database at { $path } is in use{ $holder }; close that kumban first, or open another database with --db
store-too-new = the database at { $path } was written by a newer kumban (schema { $found }, this one reads up to { $supported }); update kumban
store-refused = the { $noun } was not saved: { $problems }
store-referenced = cannot delete { $what }: { $by } point to it; delete or change those first
store-blocker = { $n } { $what }
store-not-found = no { $noun } with id { $id }; it may have been deleted
store-no-such-change = there is no change { $n } to undo
store-corrupt = the database holds a damaged value ({ $place }: { $reason }); run `kumban check` and restore from a backup
store-not-blank = the database at { $path } already holds records or history; restore fills only an empty database: use --db with a new folder
store-unrestorable = the backup cannot be restored ({ $place }: { $reason }); nothing was written
store-open = cannot open the database at { $path }: { $reason }
store-write = the database could not save ({ $why }); check that the disk has space and the folder is writable, then try again
store-disk-full = the disk that holds the database is full, so nothing was saved; free some space on it (delete or move files you do not need), then try again: kumban carries on by itself once there is room
store-reopen = the database could not be read again after a failed save ({ $why }); nothing was saved; check that the disk has space and the folder is writable, then try again
store-changed = the { $noun } was changed by { $by } at { $at } since you opened it; reload it to see the change, or save again to overwrite it
store-disconnected = lost the connection to the kumban that holds the database at { $path } ({ $reason }); nothing of this was saved; try again and kumban reconnects
store-maybe-saved = lost the connection to the kumban that holds the database at { $path } before it answered: the save may or may not have been made; look before saving again
store-read-only = { $why }; nothing was saved
store-as-is = { $text }
store-owner = the kumban that holds the database at { $path } could not be reached: { $reason }
store-too-large = { $what } is { $bytes } bytes, more than the { $limit } bytes one message to or from the kumban that holds the database may carry, so it was not sent and nothing was saved; save or ask for less at a time
store-no-room = the disk that holds the database has { $free } MB free, and this import needs about { $needed } MB; nothing was imported; free some space on it (or import the files in parts), then try again
store-duplicate-household-code = household code { $code } is already used; choose another
store-duplicate-ear-tag = ear tag { $tag } is already used by another animal
store-duplicate-pen-label = this household already has a pen called { $label }; choose another label
store-duplicate-member = this household already has a member called { $name }; add what tells them apart, such as (junior)
store-duplicate-rate = there is already a rate for { $currency } on { $date }; edit that one instead

## errors: what keeps a record from being deleted (store Blockers)
blocker-breeding-record = breeding record
blocker-breeding-records = breeding records
blocker-calf = calf
blocker-calves = calves
blocker-income-log = income log
blocker-income-logs = income logs
blocker-calving-record = calving record
blocker-calving-records = calving records
blocker-cattle-pen = cattle pen
blocker-cattle-pens = cattle pens
blocker-animal = animal
blocker-animals = animals
blocker-animal-in-it = animal in it
blocker-animals-in-it = animals in it

## errors: a pen as the blockers name it
noun-pen = pen

## errors: saving, deleting and undoing in the TUI (entry.rs)
entry-read-only = read-only: { $why }
entry-read-only-title = Read-only
entry-serve-inactive = { $tag } is { $status }; only an active cow can be served
entry-serve-male = { $tag } is a male; only a cow can be served
entry-serve-pregnant-due = { $tag } is already pregnant (served { $served }, due { $due }); record that outcome first
entry-serve-pregnant = { $tag } is already pregnant; record that outcome first
entry-undoes = { $done } · { $key } undoes
entry-not-saved-marked = not saved: the form marks what to fix
entry-delete-question = Delete { $what }?
entry-not-deleted = Not deleted.
entry-closed-unsaved = Closed the form; nothing was saved.
entry-deleted-what = deleted { $what }
entry-deleted-undoes = Deleted { $what } · { $key } undoes
entry-deleted = Deleted { $what }
entry-deleted-no-history = deleted { $what }, but cannot read the history: { $why }
entry-not-deleted-title = Not deleted
entry-nothing-to-undo = Nothing to undo: no change was made in this session.
entry-undone = Undone: { $what }
entry-not-undone-title = Not undone
entry-cannot-undo = Cannot undo "{ $what }": { $why }
entry-gone = That record is gone (deleted since the list was read); press { $key } to reload.

## errors: a record named in a question or a status message (tabs' in_words)
words-animal = animal { $tag } ({ $sex } { $breed })
words-household = household { $code } { $name }
words-income = the { $flow } of { $household } on { $date } ({ $amount })
words-member = member { $name } of { $household }
words-pen = pen { $label } of { $household }
words-pregnancy = the breeding record of { $cow } served { $date }

## errors: more blockers (a household's members)
blocker-household-member = household member
blocker-household-members = household members

## errors: the question's title, the sale's note
confirm-title = Are you sure?
confirm-title-draft = Unsaved form
form-sale-note = sale of { $tag }

## errors: the store's rules across records (kinds/*, write, aggregate)
store-no-household = there is no household with id { $id }; pick one from the list
store-no-animal = there is no animal with id { $id }; pick one from the list
store-no-cow = there is no animal with id { $id }; pick a cow from the list
store-no-pen = there is no pen with id { $id }; pick one from the list
store-no-calf = there is no animal with id { $id } to be the calf
store-no-dam = there is no animal with id { $id } to be the dam
store-pen-animal-elsewhere = animal { $tag } in this pen belongs to another household; move it first
store-pen-of-another = pen { $label } belongs to another household; pick a pen of the owner
store-male-pregnancy = { $tag } is a male; a pregnancy needs a cow
store-cow-sold = { $tag } was sold; only an active cow can have a pending pregnancy
store-cow-died = { $tag } has died; only an active cow can have a pending pregnancy
store-already-pregnant = { $tag } already has a pending pregnancy; record its outcome first
store-not-born-to = { $calf } was not born to { $cow }
store-own-dam = an animal cannot be its own dam
store-dam-not-female = { $tag } is not a female, so it cannot be the dam
store-pending-first = { $tag } has a pending pregnancy; record its outcome first (calved or lost)
store-pending-outcome = { $tag } has a pending pregnancy; record its outcome (calved or lost) first
store-must-stay-female = this animal has { $calves ->
        [one] { $calves } calf
       *[other] { $calves } calves
    } and { $records ->
        [one] { $records } breeding record
       *[other] { $records } breeding records
    } as a cow, so it must stay female
store-calf-of-calving = { $tag } is the calf of a calving record of its dam; change that calving record first
store-other-base = the rates of this database are in { $base }; give this one in { $base } too (to change the base, delete or edit the others first)
store-household-not-in-group = household { $code } is not in the { $group } group; add the group to the household first, or leave it out
store-member-in-group = { $name } of this household works in the { $group } group; take the group off the member first
store-pregnancy-closed = this pregnancy is already closed ({ $outcome })
store-changed-again = the { $noun } was changed again since; undo the later change first
store-total-too-large = the { $flow } of the { $group } group in { $year } would add up to { $total } { $currency }, more than { $limit } { $currency }, the largest total kumban keeps; check the amount (a digit too many?)
## The Health screen

group-vet = Vet
tab-health = Health
help-this-animal-s-health-events = this animal's health events
hint-health = health
help-the-animal = the animal
hint-animal = animal
help-vaccination-campaign-one-event-for-every-animal-of-a-pen-household-or-village = vaccination campaign: one event for every animal of a pen, household or village
hint-campaign = campaign

## errors: health events
err-health-cost-positive = the cost must be more than zero; leave it empty if nothing was paid
err-withdrawal-days = { $days } days is not a withdrawal period; write 0 to { $max } (0 if none)
term-event-date = event's date

## errors: health events, store
store-health-before-birth = { $date } is before { $tag } was born ({ $born }); check the date
## The Weights screen

help-this-animal-s-weights = this animal's weights
hint-weights = weights
help-the-animal-weighed = the animal weighed
tab-weights = Weights

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = Fertility
fig-calving-interval = interval { $days } days
fig-calving-rate = { $rate } calved in a year
fig-services-per-conception = { $n } services/conception

## errors: weights
err-weight-zero = a weight must be more than 0 kg
err-weight-over = { $kg } kg is over 1,500 kg, more than any cow weighs; check for an extra digit
err-weight-after-today = { $date } is after today ({ $today }); write the day the animal was weighed

## errors: weights, store
store-weight-before-birth = { $date } is before { $tag } was born ({ $born })
store-weight-same-day = { $tag } already has a weight by { $method } on { $date }; change that one instead
store-weigh-scale = scale
store-weigh-girth-tape = girth tape

## lists: column headings, the words in cells, details, History and Review (tabs/*.rs)
col-code = Code
col-head-of-household = Head of household
col-village = Village
col-mem = Mem
col-groups = Groups
col-poverty = Poverty
col-demo = Demo
col-hhold = Hhold
col-name = Name
col-sex = Sex
col-born = Born
col-relation = Relation
col-works = Works
col-pen = Pen
col-status = Status
col-cattle = Cattle
col-inspected = Inspected
col-inspector = Inspector
col-tag = Tag
col-breed = Breed
col-origin = Origin
col-cow = Cow
col-serviced = Serviced
col-method = Method
col-expected = Expected
col-outcome = Outcome
col-when = When
col-date = Date
col-group = Group
col-flow = Flow
col-amount = Amount
col-description = Description
col-from = From
col-currency = Currency
col-1-unit-in-base = 1 unit in base
col-per-1-base = Per 1 base
col-source = Source
col-by = By
col-change = Change
col-record = Record
col-what-changed = What changed
col-month = Month
col-state = State
col-records = Records
col-edited = Edited
col-last-word = Last word
choice-approved = approved
choice-returned = returned
choice-reopened = reopened
choice-fixes-done = fixes done
choice-created = created
choice-deleted = deleted
choice-updated = updated
choice-undo = undo
review-state-open = open
review-state-approved = approved
review-state-returned = returned
record-household = household
record-member = member
record-pen = pen
record-animal = animal
record-pregnancy = pregnancy
record-income = income
record-rate = rate
field-1-base-buys = 1 base buys
field-1-unit-is-worth = 1 unit is worth
field-after = After
field-animals-in-this-pen = Animals in this pen
field-approved = Approved
field-base = base
field-before = Before
field-breeding-history = Breeding history
field-by = By
field-calves = Calves
field-capacity = capacity
field-cattle = Cattle
field-cattle-now = Cattle now
field-change = Change
field-created = Created
field-edited = Edited
field-estimated = estimated
field-expected-calving = Expected calving
field-fields-changed = Fields changed
field-flow = flow
field-gestation = gestation
field-group = group
field-groups = groups
field-history-of-these-records-newest-first = History of these records, newest first
field-income-and-expense = Income and expense
field-income-expense = Income/expense
field-income-logs-naming-it = Income logs naming it
field-locked = Locked
field-other-pregnancies-of-this-cow = Other pregnancies of this cow
field-pens = Pens
field-poverty = poverty
field-record = Record
field-record-id = Record id
field-records = Records
field-relation = relation
field-review-log = Review log
field-state = State
field-transaction = Transaction
field-undoes = Undoes
field-updated = Updated
field-value = value
field-when = When
list-over = over
due-today = today
due-tomorrow = tomorrow
due-yesterday = yesterday
due-watch-heat = { $when } WATCH HEAT
history-no-change = no field changed
history-back = back: { $what }
history-removed = removed: { $what }
list-word-on = { $word } on { $date }
list-born-to = born to { $dam }
review-last-word = { $action } { $when } by { $by }
due-overdue = { $days ->
        [one] { $days } day OVERDUE
       *[other] { $days } days OVERDUE
    }
due-late = { $days ->
        [one] { $days } day late
       *[other] { $days } days late
    }
due-in = in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
due-ago = { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }
list-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
detail-show-as-list = { $key }: show as a list
detail-none = none
detail-by = { $what } by { $by }
detail-animal-line = { $tag } { $sex } { $breed } born { $born } { $status }
detail-pending = pending, due { $date } ({ $due })
detail-pending-overdue = pending, due { $date } ({ $due }) OVERDUE
detail-calved = calved { $date }
detail-lost = lost { $date }: { $reason }
detail-served-line = served { $date } ({ $method }) { $outcome }
detail-household-title = Household { $code } { $name }
detail-a-year = { $amount } a year
detail-pen-line = { $label } { $status } capacity { $capacity }
detail-of = { $what } of { $owner }
detail-age = { $year } (about { $age } years old)
detail-head-of-household = head of the household
detail-of-the-head = { $relation } of the head
detail-member-line = { $name } { $sex } born { $year } { $relation }{ $groups }
detail-pen-title = Pen { $label } of { $owner }
detail-animal-title = Animal { $tag } ({ $sex } { $breed })
detail-estimated = { $date } (estimated)
detail-distributed = distributed by the project on { $date }
detail-born-to-cow = born to cow { $tag }
detail-sold = sold on { $date } for { $price }
detail-died = died on { $date }: { $cause }
detail-income-title = { $flow } of { $owner }: { $amount }
detail-rate-title = { $currency } rate from { $date }
detail-rounded = { $value } { $currency } (rounded)
detail-pregnancy-title = Pregnancy of { $tag }, served { $date }
detail-calved-calf = calved on { $date }, calf { $calf }
detail-lost-on = lost on { $date }: { $reason }
detail-change-title = Change { $seq }: { $what } { $record }
detail-transaction = transaction { $txn }
detail-record-id = { $record } (id { $id })
detail-locked = its records cannot be changed until an officer reopens it
detail-review-log = { $when } { $action } by { $by }
detail-changed-by = (changed { $when } by { $by })
detail-history-line = { $when } { $what } { $record } by { $by }: { $change }
summary-household = { $name }, { $members } members
summary-member = { $name }, { $relation }, born { $year }
summary-pen = { $status }, capacity { $capacity }
summary-pregnancy = served { $date } ({ $method }), { $outcome }
field-watch-for-heat = Watch for heat
field-to-fix = To fix
detail-head = { $count } head
detail-over-capacity = { $count } head: OVER CAPACITY by { $over }
detail-watch-heat = served { $days } days ago: a heat now means the service did not take
list-filter = filter:
list-clears = { $key } clears
list-sort = sort: { $sort }
list-scope-back = back
list-scope-all = show all
list-no-match = Nothing matches "{ $filter }". Esc clears the filter.
list-none-in-view = None. Esc goes back.
list-loading = Loading…
list-empty-add = No { $what } records yet. { $key } adds the first.
list-empty = No { $what } records yet.
list-nothing = Nothing to show.
scope-pens = pens of { $code }
scope-cattle = cattle of { $code }
scope-income = income of { $code }
scope-members = members of { $code }
scope-breeding = breeding of { $tag }
scope-calves = calves of { $tag }
scope-income-naming = income naming { $tag }
scope-cattle-in-pen = cattle in { $label } of { $owner }
scope-household = household { $code }
scope-cow = cow { $tag }
review-no-month = No month is selected.
review-month-gone = That month is no longer listed; press { $key } to reload.
review-comment-needed = Write what the clerk should fix, then press { $enter } ({ $close }: do not return it).
history-newest = showing the newest { $shown } of { $total } changes

## reports: titles, notes and headings of `kumban report` (text and HTML) and the Reports screen

report-title-household = Income by household, { $span }
report-title-village = Income by village, { $span }
report-title-group = Income by production group, { $span }
report-title-month = Income by month, { $span }
report-title-baseline = Baseline income against { $span }
report-title-herd = Herd by month, { $span }
report-title-calvings = Calving calendar, { $span }
report-title-converted = { $title }, in { $currency }
report-span-ahead = the 12 months from { $month }
report-heading = { $title } ({ $from } to { $to })
report-empty-money = No income or expense is recorded in { $span }; try another --year or --period.
report-empty-calvings = No calving is expected in { $span }; try another --year or --period.
report-empty-herd = No cattle are recorded by the end of { $span }; try a later --year or --period.
report-empty-baseline = No household has a baseline income recorded; enter one on the household's form.
report-note-household = { $shown } of { $total } households have income or expense in { $span }; ranked by net income, highest first{ $order }.
report-note-household-order = { " " }({ $first } first, then { $rest })
report-note-village = households: those with income or expense in { $span }. Villages in name order.
report-note-group = members: the people who work in the group today (household members). Net per member: the group's net divided by its members, truncated to the cent.
report-note-group-households = No household member is recorded in { $groups }: members there are the group's households.
report-note-cattle-apart = { $note } Cattle money in { $currencies } was not converted and is not in it.
report-note-per-cow-head = Cattle profit per cow ({ $cows } cows at the end of { $span })
report-note-per-cow-none = { $head }: none (no cattle income or expense, or no cow).
report-note-per-cow = { $head }: { $amounts }.
report-note-baseline = { $gained } of { $shown } households earned more than their baseline{ $share }; grouped by the baseline's currency and ranked by change, highest first. { $without } households have no baseline.
report-note-baseline-share = { " " }(the baseline is a year's: { $months }/12 of it is shown)
report-note-herd = head, cows and pregnant: at the month's end. Pregnant: served by then, not calved or lost by then.
report-note-calvings = By expected calving date (service date + gestation). Overdue: still pending more than 14 days after it, as of { $today }.
report-not-converted = not converted ({ $reasons }): income { $income }, expense { $expense }, net { $net } in { $logs ->
        [one] { $logs } log
       *[other] { $logs } logs
    }
report-col-not-converted = not converted { $column }
report-col-household = household
report-col-head = head
report-col-village = village
report-col-currency = currency
report-col-baseline = baseline
report-col-net = net
report-col-change = change
report-col-in-other-currencies = in other currencies
report-col-month = month
report-col-expected = expected
report-col-calved = calved
report-col-lost = lost
report-col-ahead = ahead
report-col-overdue = overdue
report-col-group = group
report-col-members = members
report-col-net-per-member = net per member
report-col-distributed = distributed
report-col-bought = bought
report-col-born = born
report-col-sold = sold
report-col-died = died
report-col-cows = cows
report-col-pregnant = pregnant
report-col-logs = logs
report-col-households = households
report-col-income = income
report-col-expense = expense
report-kind-household = household
report-kind-village = village
report-kind-group = group
report-kind-month = month
report-kind-baseline = baseline
report-kind-herd = herd
report-kind-calvings = calvings
report-html-title = kumban report, { $span }
report-html-period = Period
report-html-date = Date
report-html-database = Database
report-html-charts = Charts
report-html-indicators = Project indicators
report-html-on = on { $date }
report-html-to = { $from } to { $to }
report-chart-income = Income per month, { $currency }, { $span }
report-chart-herd = Herd size over time, { $span }
report-chart-at-month-end = { $what } at month end
report-tui-building = Building the report…
report-tui-busy = building…
report-tui-more-columns = { $hidden } more columns on a wider screen
report-tui-updating = updating…
report-tui-in = in { $currency }
report-tui-opens-nothing = This row opens nothing; a household's row opens the household, a month's its income.
report-tui-net-by-month = { $column } by month; at or below zero, no bar
report-tui-most-used = (the most used currency; the table has the others)
report-tui-herd = head at month end: { $first_month } { $first } to { $last_month } { $last }; lowest { $low }, highest { $high }; bars start at { $floor }
report-month-jan = Jan
report-month-feb = Feb
report-month-mar = Mar
report-month-apr = Apr
report-month-may = May
report-month-jun = Jun
report-month-jul = Jul
report-month-aug = Aug
report-month-sep = Sep
report-month-oct = Oct
report-month-nov = Nov
report-month-dec = Dec
report-ind-households = households
report-ind-demonstration-households = demonstration households
report-ind-poor = poor
report-ind-near-poor = near-poor
report-ind-not-poor = not poor
report-ind-exited-poverty = exited poverty
report-ind-members-of = members of the { $group } group
report-ind-calved-in = calved in { $year }
report-ind-title-households = Households
report-ind-cattle-pens = Cattle pens
report-ind-cattle-and-breeding = Cattle and breeding
report-ind-planned = planned
report-ind-building = building
report-ind-built = built
report-ind-inspected = inspected
report-ind-over-capacity = over capacity
report-ind-cattle-active-head = cattle (active head)
report-ind-female = female
report-ind-male = male
report-ind-distributed-by-the-project = distributed by the project
report-ind-born = born
report-ind-sold = sold
report-ind-died = died
report-ind-cows-pregnant-now = cows pregnant now
report-ind-calvings-due-in-30-days = calvings due in 30 days
report-ind-calvings-overdue = calvings overdue
report-ind-nothing-recorded-this-year = Nothing recorded this year.
report-col-head-count = head
report-nothing = { "" }

## help: `--help` of kumban, its commands and their options (src/help.rs); the English must equal the doc comments in src/cli.rs (tests/i18n_help.rs)

cli-about = Records of a village poverty-reduction project: households, pens, cattle, breeding and income.
cli-arg-db = Database folder [default: ~/.local/share/kumban/db] [env: KUMBAN_DB]
cli-arg-today = Fix "today" for reproducible reports and tests [env: KUMBAN_TODAY]
cli-arg-backup_dir = Folder of the automatic daily backups [default: the database folder's backups/] [env: KUMBAN_BACKUP_DIR]
cli-arg-read_only = Look without changing anything: the database refuses every save of this session
cli-arg-lang = Language of what kumban says: en, lo (Lao) or zh (Chinese) [default: from LC_ALL, LC_MESSAGES or LANG, else English] [env: KUMBAN_LANG]
cli-help-flag = Print help
cli-version-flag = Print version
cli-cmd-demo = Fill an empty database with the Bansuo demonstration data
cli-demo-arg-households = Instead, generate a district-sized data set of this many households (about 3 animals, 1.5 breeding records and 50 income logs each), for measuring speed
cli-cmd-status = Print the dashboard figures and exit
cli-status-arg-json = One JSON object (shape in docs/status-json.md)
cli-cmd-check = Verify every record, reference and index; exit 1 if anything is wrong
cli-cmd-report = Print a report for a year, quarter or month (figures defined in docs/reports.md)
cli-report-arg-by = What the rows are
cli-report-by-value-household = Income, expense and net per household, highest net first
cli-report-by-value-village = The same per village, side by side
cli-report-by-value-group = Per production group, with net per member and profit per cow
cli-report-by-value-month = Per month: the trend
cli-report-by-value-baseline = Each household's baseline income against its net income
cli-report-by-value-herd = Distributed, bought, born, sold, died; herd and pregnant at month end
cli-report-by-value-calvings = Calvings expected per month: the calving calendar
cli-report-by-value-all = Every report above, one after another (text or html)
cli-report-arg-year = The calendar year [default: this year]
cli-report-arg-period = A month or a quarter (or a year)
cli-report-arg-format = text: aligned columns; csv: for spreadsheets; json: shape in docs/reports.md; html: printable A4 page
cli-report-arg-currency = Convert every amount into this currency with the recorded exchange rates (LAK, USD, CNY or THB)
cli-report-arg-out = Write to this file instead of standard output
cli-cmd-export = Write every record as CSV or JSON files, or a month's DHIS2 data values (formats in docs/export-format.md)
cli-export-arg-format = csv: one file per kind, for spreadsheets; json: the same as JSON; dhis2: a DHIS2 data value set
cli-export-format-value-csv = One file per kind, for spreadsheets; with --period, the month's DHIS2 data values as CSV
cli-export-format-value-json = The same as JSON
cli-export-format-value-dhis2 = The month's figures per village as a DHIS2 data value set (JSON); needs --period
cli-export-arg-out = Folder to write into (created if missing); with --period, the file to write; - writes to standard output
cli-export-arg-period = The month to report to DHIS2, with codes from dhis2.json in the database folder
cli-cmd-import = Read an export folder or one CSV/JSON file; all rows or none
cli-import-arg-path = An export folder, or one .csv or .json file (a spreadsheet of households will do)
cli-import-arg-update = Update the records whose code is already in the database, instead of refusing those rows
cli-cmd-backup = Write a one-file backup of everything, history included (docs/backup.md)
cli-backup-arg-file = The backup file to write (created owner-only)
cli-cmd-restore = Restore a backup into an empty database; without FILE, list the automatic backups
cli-restore-arg-file = The backup file to restore
cli-restore-arg-replace = Set the current database aside (renamed, not deleted) if it holds records or will not open
cli-cmd-approve = Approve a village's month (officers only): its records are locked until reopened (docs/user-guide.md)
cli-approve-arg-village = The village, as on the Households screen
cli-approve-arg-period = The month, YYYY-MM
cli-cmd-reopen = Reopen an approved month (officers only); with --comment, return it to the clerk to fix
cli-reopen-arg-village = The village, as on the Households screen
cli-reopen-arg-period = The month, YYYY-MM
cli-reopen-arg-comment = What the clerk should fix: the month is then returned, not just reopened
cli-cmd-fixed = Mark a returned month's fixes done (clerks and officers): it is open again for the officer
cli-fixed-arg-village = The village, as on the Households screen
cli-fixed-arg-period = The month, YYYY-MM
cli-cmd-compact = Rewrite the database into a fresh copy (as a restore does) and say how much space that saved
cli-compact-arg-force = Put the fresh copy in place even when it is no smaller
cli-cmd-serve = Hold the database and serve every kumban session on it, in the foreground (for a service manager; docs/office-setup.md)
cli-serve-arg-idle_exit = Exit this many seconds after the last session leaves [default: never]
cli-cmd-help = Print this message or the help of the given subcommand(s)

cli-usage = Usage
cli-options = Options
cli-arguments = Arguments
cli-commands = Commands
report-no-rate-before = no rate for { $currency } before { $first }
report-no-rate = no rate for { $currency }
report-too-large = too large to convert
report-total = total

## entry: closing a form with what was typed
entry-discard-question = Close the form and throw away what you typed?
entry-quit-discard-question = Quit and throw away what you typed in the form?

## i18n gaps

# clap's usage errors (src/usage.rs); flags and values stay English
usage-error = error:
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized subcommand '{ $name }'
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-missing-value = a value is required for '{ $arg }' but none was supplied
usage-missing-required = the following required arguments were not provided: { $arg }
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-choices = [possible values: { $choices }]
usage-did-you-mean = tip: a similar one exists: '{ $suggested }'
usage-usage = Usage:
usage-try-help = For more information, try '--help'.

# the baseline report's "in other currencies" cells (text, HTML, the Reports screen; CSV and JSON keep the English)
report-cell-not-converted = { $amount } not converted
report-cell-baseline-not-converted = baseline not converted ({ $why })

# the Weights and Health screens, their details, History and Review (tabs/weights.rs, tabs/health.rs)
col-kg = Kg
col-gain-day = Gain/day
col-notes = Notes
col-animal = Animal
col-kind = Kind
col-disease-or-product = Disease or product
col-cost = Cost
col-next-due = Next due
col-campaign = Campaign
choice-scale = scale
choice-girth-tape = girth tape
choice-vaccination = vaccination
choice-treatment = treatment
choice-deworming = deworming
choice-check-up = check-up
field-weight = Weight
field-weighed-by = Weighed by
field-gain = Gain
field-daily-gain = Daily gain
field-latest-weights = Latest weights
field-health = Health
field-fertility = Fertility
field-kg = kg
field-kind = Kind
field-product = Product
field-dose = Dose
field-given-by = Given by
field-cost = Cost
field-withdrawal = Withdrawal
field-withdrawal-days = Withdrawal days
field-next-due = Next due
field-campaign = Campaign
field-weight-kg = Weight (kg)
field-disease-or-product = Disease or product
field-cost-also-as-expense = Cost also as expense
field-cost-per-animal = Cost per animal
field-animals-of = Animals of
record-weight = weight
record-health = health
noun-weight = weight
noun-health-event = health event
blocker-weight = weight
blocker-weights = weights
blocker-health-event = health event
blocker-health-events = health events
detail-weight-line = { $date } { $kg } kg by { $method }
detail-gain-overall = { $gain } kg/day overall
detail-gain-last-two = , { $gain } between the last two
detail-weight-title = Weight of { $tag } on { $date }
detail-kg = { $kg } kg
detail-gain-since = { $gain } kg/day since { $date }
detail-no-earlier-weighing = — (no earlier weighing)
detail-fewer-than-two-weighings = — (fewer than two weighings)
detail-health-title = { $kind } of { $tag } on { $date }
detail-withdrawal-until = { $days } days, until { $date }
detail-withdrawal-none = none
detail-overdue = { $date } (overdue)
detail-health-next = , next { $date }
detail-health-line = { $date } { $kind } { $product }{ $next }
detail-no-calving-interval = no calving interval yet
detail-calving-interval = calving interval { $days } days
detail-services-no-conception = { $n } services, no conception
detail-services-per-conception = { $n } services per conception
detail-fertility = { $intervals }; { $services }
scope-animal = animal { $tag }
scope-health = health of { $tag }
scope-weights = weights of { $tag }
words-weight = weight of { $tag } on { $date } ({ $kg } kg)
words-health = { $kind } of { $tag } on { $date } ({ $product })
summary-weight = { $kg } kg on { $date }
summary-health = { $kind } { $product }, { $date }

# the weight, health event and campaign forms (crates/forms)
form-title-new-weight = New weight
form-title-weight = Weight of { $date }
form-title-new-health = New health event
form-title-health = { $kind } of { $date }
form-title-campaign = Vaccination campaign
form-campaign-no-households = there are no households yet, so no animals to vaccinate
describe-weight = { $kg } kg on { $date }
describe-health = { $kind } { $product } on { $date }
choice-village = village
choice-household = household
choice-pen = pen

# a project day's distribution of several animals (crates/forms/src/distribute.rs)
form-title-distribution = Distribute animals
field-first-ear-tag = First ear tag
field-count = Count
field-distributed-on = Distributed on
err-batch-count = the count must be between 1 and { $max }
err-batch-first-tag = the first ear tag { $tag } must end in a number to count up from, such as BS-101
err-batch-tag-twice = ear tag { $tag } is given twice
saved-distribution = { $n ->
        [one] saved { $n } animal { $first }
       *[other] saved { $n } animals { $first }…{ $last }
    }
help-distribute-animals-several-head-to-one-household-in-one-save-ear-tags-counting-up = distribute animals: several head to one household in one save, ear tags counting up
hint-distribute = distribute

# what the owner process says over its socket, said by each client in its own language (crates/i18n/src/owner.rs)
owner-full-user = { $user } already has { $n } connections to the kumban that holds this database; close some of { $user }'s kumban sessions and try again
owner-full = the kumban that holds this database already serves { $n } sessions; close some and try again
owner-not-in-group = { $user } may not use the database at { $path }: { $which } belongs to { $owner } and group { $group }, and { $user } is neither; ask whoever keeps the office computer to add { $user } to group { $group }
owner-the-folder = the folder
owner-the-folder-it-is-in = the folder { $path } it is in
owner-viewer = { $user } is listed as a viewer in { $path }, and may look but not change anything
owner-access-unreadable = { $path } cannot be read ({ $why }), so every session may only look until it is corrected
owner-read-only-flag = this session was started with --read-only
owner-backups-own = the kumban that holds the database writes the automatic backups into { $dir } only, for users other than { $user }
owner-garbage = the kumban that holds the database received { $why } and closed the connection; use the same kumban for every session
owner-folder-unreadable = the database folder { $path } cannot be read by its owner process ({ $why })

# the status bar (tui draw), and typing a weight or a withdrawal period
status-error = Error: { $text }
status-read-only = read-only
status-owner-gone = owner gone, reconnecting…
err-weight-empty = enter the weight in kg, such as 250 or 250.5
err-weight-not-a-weight = "{ $text }" is not a weight; write kilograms such as 250 or 250.5
err-weight-decimal-comma = "{ $text }": write decimals with a point, such as 250.5 (a comma only between thousands, such as 1,250)
err-weight-decimals = "{ $text }" has more than one decimal place; weigh to a tenth of a kg, such as 250.5
err-withdrawal-not-a-number = "{ $text }" is not a whole number of days; write 0 if none


## trainings: trainings, attendance and technician visits (issue 15 item 6)
tab-trainings = Trainings
tab-attendance = Attendance
tab-visits = Visits
group-field = Field
col-topic = Topic
col-trainer = Trainer
col-place = Place
col-attendees = Attendees
col-member = Member
col-technician = Technician
col-purpose = Purpose
col-next-visit = Next visit
col-findings = Findings
col-training = Training
col-household = Household
field-topic = Topic
field-trainer = Trainer
field-place = Place
field-attendees = Attendees
field-member = Member
field-technician = Technician
field-purpose = Purpose
field-next-visit = Next visit
field-findings = Findings
field-training = Training
field-hhold = Hhold
field-households-attending = Households attending
field-technician-visits = Technician visits
field-trainings = Trainings
help-who-attended-this-training = who attended this training
help-the-training-attended = the training attended
help-this-household-s-technician-visits = this household's technician visits
help-the-trainings-this-member-attended = the trainings this member attended
hint-attendees = attendees
hint-training = training
hint-visits = visits
hint-trainings = trainings
noun-training = training
noun-attendance = attendance
noun-technician-visit = technician visit
picker-choose-a-training = Choose a training
picker-choose-a-member-of-the-household = Choose a member of the household
blocker-attendee = attendee
blocker-attendees = attendees
blocker-attendance-at-a-training = attendance at a training
blocker-attendances-at-trainings = attendances at trainings
blocker-technician-visit = technician visit
blocker-technician-visits = technician visits
record-training = training
record-attendance = attendance
record-visit = visit
form-title-new-training = New training
form-title-training = Training of { $date }
form-title-new-attendance = New attendance
form-title-attendance = Attendance
form-title-new-visit = New technician visit
form-title-visit = Technician visit of { $date }
saved-training = saved training { $topic } on { $date } with { $attendees } attendees
err-training-after-today = { $date } is after today ({ $today }); record a training once it was held
err-visit-after-today = { $date } is after today ({ $today }); record a visit once it was made
err-training-no-attendees = a training needs at least one attendee; tick the households whose members attended
term-visit-date = date of the visit
store-training-twice = there is already a training on { $topic } at { $place } on { $date }; edit that one instead
store-no-training = there is no training with id { $id }; pick one from the list
store-no-member = there is no household member with id { $id }; pick one from the list
store-attending-twice = { $name } already attends the training on { $topic } of { $date }
store-visit-twice = { $technician } already visited this household on { $date }; change that visit instead
detail-training-line = { $date } { $topic } at { $place }
detail-visit-line = { $date } { $technician }: { $purpose }
scope-attendees = attendees of { $training }
scope-visits = visits to { $code }
scope-trainings-of = trainings of { $name }
words-training = the training { $training }
words-attendance = the attendance of { $name } at { $training }
words-visit = the visit of { $technician } to { $household } on { $date }
summary-attendance = member { $member } at training { $training }

## lineage
saved-calving-twins = saved the calving of { $cow } and twin calves { $first } and { $second }
err-calving-not-calved = calving details belong to a calved pregnancy only
err-twin-same-calf = the second calf cannot be the same animal as the first
err-twin-without-twins = a second calf's record needs the calving to be of twins
err-birth-weight-zero = a birth weight must be more than 0 kg (leave it empty if the calf was not weighed)
err-birth-weight-over = { $kg } kg is more than a calf weighs at birth (80 kg at most); check the figure
store-no-sire = the sire (animal #{ $id }) does not exist
store-sire-not-male = { $tag } is not a male, so it cannot be the sire
store-must-stay-male = this animal is the sire of { $records ->
        [one] { $records } breeding record
       *[other] { $records } breeding records
    }, so it must stay male
form-sire-one-or-other = give either a bull of the herd or an outside sire, not both
form-stillborn-no-tag = a stillborn calf gets no record; leave its ear tag empty
form-twin-tag-needed = twins: enter the second calf's ear tag too (both calves are recorded)
form-twin-tag-not-recorded = the calves are not being recorded; leave the second calf's ear tag empty
form-twin-same-tag = the two calves need different ear tags
lineage-sire-herd = { $tag } (bull of the herd)
lineage-sire-outside = { $code } (AI straw or outside bull)
lineage-not-recorded = not recorded
lineage-single = single
lineage-twins = twins
lineage-no-record = no record
lineage-alive = alive
lineage-stillborn = stillborn
lineage-kg = { $kg } kg
lineage-not-weighed = not weighed
field-sire-herd-bull = Sire (herd bull)
field-sire-ai-or-outside = Sire (AI or outside)
field-calving-ease = Calving ease
field-birth-weight-kg = Birth weight (kg)
field-stillborn = Stillborn
field-twins = Twins
field-twin-s-weight-kg = Twin's weight (kg)
field-twin-stillborn = Twin stillborn
field-twin-s-ear-tag = Twin's ear tag
field-twin-s-sex = Twin's sex
field-twin-calf = Twin calf
field-offspring-as-sire = Offspring as sire
choice-not-recorded = not recorded
choice-normal = normal
choice-assisted = assisted
choice-hard = hard
choice-caesarean = caesarean
picker-choose-the-bull-a-male-of-the-herd = Choose the bull (a male of the herd)

## health dashboard
fig-health = Health
fig-health-vaccinated = { $n } vaccinated in a year
fig-health-due = { $n } due in 30 days
fig-health-treatments = { $n } treated in 30 days
status-health-due = Vaccination due
dash-health-due-title = Vaccination due
dash-health-nothing-due = nothing due in the next 30 days

## commands
# what the commands print (src/main.rs, src/cli.rs, crates/interchange/src/commands.rs); paths, codes and figures as they are
cmd-count = { $n } { $n ->
    [one] { $one }
   *[other] { $many }
}
# between the counts of a list ("46 households, 43 pens")
cmd-list-separator = { ", " }
cmd-nothing = nothing
cmd-exported = Exported { $counts } to { $path }.
cmd-imported = Imported { $path }: { $what }.
cmd-import-added = added { $counts }
cmd-import-updated = ; updated { $counts }; { $unchanged } rows unchanged
cmd-import-more = … and { $n } more
cmd-import-refused = { $n } { $n ->
    [one] problem
   *[other] problems
} in { $path }; nothing was imported. Correct the rows listed above and import again.
cmd-backup-written = Backup written to { $path }: { $records } records, { $history } history entries, { $bytes } bytes.
cmd-restored = Restored { $records } records and { $history } history entries from { $file } into { $db }.
cmd-set-aside = The database that was there is now at { $path }.
cmd-restore-problems = the backup was restored as it was, but check finds { $n } problems in it (listed above)
cmd-no-backups = No automatic backups in { $dir } yet.
cmd-backups-list = Automatic backups in { $dir }, newest first:
cmd-restore-with = Restore one with: kumban --db { $db } restore --replace FILE
cmd-daily-warning = kumban: warning: today's automatic backup was not written: { $why }
cmd-finishing-backup = kumban: finishing today's automatic backup…
cmd-demo-saved = Demonstration data saved in { $path }: { $households } households, { $members } household members, { $pens } pens, { $animals } animals, { $weights } weights, { $health } health events, { $pregnancies } pregnancies, { $incomes } income logs, { $rates } exchange rates, { $trainings } trainings with { $attendances } attendances, { $visits } technician visits.
cmd-demo-mapping = An example DHIS2 mapping is in { $path }; put your district's codes in it before `kumban export --format dhis2`.
cmd-demo-mapping-failed = kumban: warning: the example DHIS2 mapping was not written to { $path }: { $why }
cmd-check-ok = { $path }: no problems found.
cmd-check-problems = kumban: { $n } problems found in { $path }; restore a backup or ask for help with the list above
cmd-no-database = no kumban database at { $path }; check --db (or KUMBAN_DB), or create one with `kumban demo`, `kumban import FILE` or `kumban restore FILE`, or by starting kumban
cmd-create-question = There is no kumban database at { $path }. Create a new, empty one there? [y/N]{" "}
cmd-nothing-created = nothing was created at { $path }; check --db (or KUMBAN_DB), or start kumban again and answer y to create a database there
cmd-no-home = cannot find your home folder to keep the database in; give one with --db PATH
cmd-review-approved = { $village } { $period }: { $approval }; its records are locked until an officer reopens it.
cmd-review-returned = { $village } { $period }: returned to the clerk with your comment.
cmd-review-open = { $village } { $period }: open.
cmd-approval-words = approved by { $by } on { $date }
cmd-locked = { $village } { $period } was { $approval }; ask an officer to reopen it
cmd-report-write-failed = cannot write the report to { $path }; check the folder exists and you may write there
cmd-stdout-failed = cannot write the output: { $why }; if it goes to a file, free some disk space and run the command again
cmd-open-hint = the latest backup is { $file } ({ $date }); restore it with: kumban --db { $db } restore --replace { $word }
cmd-compact-kept = Nothing to compact in { $path }: a fresh copy of its { $records } records and { $history } history entries takes { $copy } MB, no less than the { $before } MB it takes now; it was left as it was.
cmd-compacted = Compacted { $path }: { $records } records and { $history } history entries; { $before } MB before, { $after } MB after ({ $change }).
cmd-compact-saved = { $mb } MB saved
cmd-compact-more = { $mb } MB more
backup-read = cannot read { $path }: { $reason }
backup-write = cannot write the backup: { $why }; check the folder exists, is writable and has space
backup-not-a-backup = { $path } is not a kumban backup (it does not start with a kumban-backup header)
backup-too-new = { $path } was written by a newer kumban ({ $what } { $found }; this one reads up to { $supported }); update kumban to restore it
backup-incomplete = { $path } is incomplete: it ends before its checksum, so it was cut short while being written or copied; nothing was restored; use another backup (`kumban restore` lists them)
backup-damaged = { $path } is damaged ({ $reason }); nothing was restored; use another backup (`kumban restore` lists them)
backup-not-empty = the database at { $path } already holds records; restore fills only an empty database: use --db with a new folder, or add --replace to set this one aside (it is renamed, not deleted)

## status people
fig-people = people
fig-people-recorded = { $n } recorded
status-per-household-basis = per household, as no member is recorded:

# an unsaved form kept over a power cut, offered to the next session (crates/tui/src/draft.rs)
draft-offer = You had an unsaved { $what }; resume it? y/n
draft-thrown = Threw away the unsaved { $what }.
draft-resumed = Resumed the unsaved { $what }; { $key } saves it.
draft-cannot-resume = cannot resume the unsaved { $what }: { $why }
report-stopped = the report stopped being built; press r to try again
form-training-no-households = there are no households yet, so no one to attend a training
report-household-gone = That household is gone (deleted since); press r to reload.
related-none = Nothing related of that kind for this record.
reloaded = Reloaded from the database.

# why a save or a session failed, said by the store or the owner in English (crates/i18n/src/owner.rs)
reason-lost-during-save = the connection was lost during the save
reason-lost-before-save = the connection was lost before the save reached it
reason-lost-before-import = the connection was lost before the import was written
reason-save-in-progress = a save is already in progress in this session; finish it first
reason-another-opening = another session is opening it right now
reason-others-using = other kumban sessions are still using it
reason-none-serves = no kumban serves it; start one with `kumban serve`
reason-owner-not-started = a new owner could not start
reason-other-version = the kumban that holds this database is a different version and its answer cannot be read; use the same kumban for every session
# A list of several ticked in a picker (a training's attendees).
picker-tick-the-households-that-attended = Tick the households that attended
picker-ticked = { $count } · { $ticked } ticked
picker-keys-ticks = { $moves } move  { $tick } tick  { $all } all shown  { $done } done  { $back } back
form-ticks-none = none ticked
form-ticks-count =
    { $n ->
        [one] { $n } household
       *[other] { $n } households
    }
form-ticks-summary =
    { $n ->
        [one] { $n } household: { $codes }
       *[other] { $n } households: { $codes }
    }
form-ticks-more = …and { $n } more
form-keys-ticks = { $space } or { $enter } opens the list to tick
help-in-a-list-of-several-a-training-s-attendees-tick-or-untick-the-row-then-go-to-the-next = in a list of several (a training's attendees): tick or untick the row, then go to the next
help-in-a-list-of-several-tick-every-row-the-filter-shows-a-whole-village-again-to-untick-them = in a list of several: tick every row the filter shows (a whole village); again to untick them
