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

## The Weights screen

help-this-animal-s-weights = this animal's weights
hint-weights = weights
help-the-animal-weighed = the animal weighed
hint-animal = animal
tab-weights = Weights

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = Fertility
fig-calving-interval = interval { $days } days
fig-calving-rate = { $rate } calved in a year
fig-services-per-conception = { $n } services/conception
