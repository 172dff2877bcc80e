# kumban messages: Simplified Chinese. Terms follow docs/glossary.md.

## Screens (their English is Tab::title)
tab-dashboard = 概览
tab-households = 农户
tab-pens = 牛圈
tab-cattle = 牛
tab-breeding = 繁殖
tab-income = 收入
tab-history = 历史记录
tab-review = 审核

## Groups of the navigation bar (nav::GROUPS)
group-home = 首页
group-households = 农户
group-herd = 牛群
group-money = 收支
group-checks = 核查

## Key descriptions of the help popup (keymap.rs, forms keys)
help-quit-asks-first-when-a-form-holds-changes = 退出（表单有改动时先询问）
help-quit = 退出
help-help-for-this-screen-again-to-close = 本屏幕的帮助（再按一次关闭）
help-back-close-the-popup-clear-the-filter-or-leave-a-related-view = 返回：关闭弹窗、清除筛选或离开关联视图
help-redraw-the-whole-screen = 重绘整个屏幕
help-go-to-a-group-of-screens-again-its-next-screen = 转到一组屏幕；再按：组内下一屏
help-next-screen-in-the-order-of-the-bar = 下一屏，按导航栏顺序
help-previous-screen = 上一屏
help-down-one-row = 下移一行
help-up-one-row = 上移一行
help-down-one-page = 下翻一页
help-up-one-page = 上翻一页
help-first-row = 第一行
help-last-row = 最后一行
help-select-the-next-figure-or-calving = 选择下一个数字或产犊
help-select-the-previous-figure-or-calving = 选择上一个数字或产犊
help-open-the-list-or-the-record-behind-the-selected-figure-or-calving = 打开所选数字或产犊背后的列表或记录
help-scroll-down = 向下滚动
help-scroll-up = 向上滚动
help-open-the-record-every-field-and-its-related-records = 打开记录：所有字段及其关联记录
help-new-record-in-a-form = 新记录（在表单中）
help-edit-the-record-in-a-form = 在表单中编辑记录
help-delete-the-record-asks-y-n-refused-while-others-point-to-it = 删除记录（询问 y/N；有其他记录引用时拒绝）
help-record-a-service-of-this-cow-a-new-pending-pregnancy = 记录此母牛的配种：新的待定妊娠
help-record-the-sale-of-this-animal-with-the-income = 记录此牲畜的出售及收入
help-record-the-death-of-this-animal = 记录此牲畜的死亡
help-pregnancy-check-pregnant-open-or-check-again-later = 妊娠检查：已孕、未孕或稍后复查
help-record-the-calving-and-the-calf = 记录产犊及牛犊
help-record-a-lost-pregnancy = 记录流产
help-record-a-service-a-new-pending-pregnancy-choose-the-cow = 记录配种：新的待定妊娠（选择母牛）
help-this-household-s-pens = 此农户的牛圈
help-this-household-s-cattle = 此农户的牛
help-this-household-s-income = 此农户的收入
help-the-animals-in-this-pen = 此圈中的牲畜
help-this-cow-s-breeding-history = 此母牛的繁殖记录
help-this-cow-s-calves = 此母牛的牛犊
help-income-logs-naming-this-animal = 提到此牲畜的收支记录
help-the-cow = 母牛
help-approve-the-month-its-records-are-locked-officers = 批准该月：其记录被锁定（审核人员）
help-return-the-month-to-the-clerk-with-a-comment-officers = 将该月退回录入员并附意见（审核人员）
help-reopen-an-approved-month-officers = 重新打开已批准的月份（审核人员）
help-mark-a-returned-month-s-fixes-done = 标记退回月份已改正
help-the-household-it-belongs-to = 所属农户
help-filter-the-list-as-you-type-esc-clears = 边输入边筛选列表（Esc 清除）
help-sort-by-the-next-column = 按下一列排序
help-reverse-the-sort-order = 反转排序
help-undo-the-last-change-made-in-this-session-a-whole-calving-at-once = 撤销本次会话的最后一次更改（整次产犊一起撤销）
help-reload-from-the-database-see-others-changes = 从数据库重新加载（查看他人的更改）
help-go-to-a-screen-by-name-a-list-that-narrows-as-you-type = 按名称转到屏幕：列表随输入缩小
help-keep-the-filter-and-go-back-to-the-list = 保留筛选并返回列表
help-delete-the-last-letter = 删除最后一个字符
help-type-to-narrow-the-list-any-case-any-script = 输入以缩小列表（不分大小写和文字）
help-yes = 是
help-no-the-default = 否（默认）
help-close-the-message = 关闭消息
help-narrow-the-list-a-screen-s-or-its-group-s-name = 缩小列表：屏幕名或组名
help-move-in-the-list = 在列表中移动
help-go-to-the-chosen-screen = 转到所选屏幕
help-close-the-list-staying-where-you-are = 关闭列表，留在原处
help-widen-the-filter = 放宽筛选
help-next-field = 下一字段
help-previous-field = 上一字段
help-next-field-on-the-last-field-save-on-an-empty-reference-open-its-list = 下一字段；在最后一个字段：保存；在空的引用字段：打开其列表
help-save-only-valid-records-are-saved-what-was-typed-stays = 保存（只保存有效记录；已输入的内容保留）
help-close-the-form-asks-y-n-first-if-anything-was-typed = 关闭表单；如已输入内容先询问 y/N
help-move-in-the-text-change-a-choice = 在文本中移动；更改选项
help-delete-the-character-before-after-the-cursor = 删除光标前 / 后的字符
help-clear-the-field = 清空字段
help-typed-into-the-field-space-changes-a-choice-or-opens-a-list = 输入到字段中（空格键更改选项或打开列表）
help-narrow-the-list-code-or-name-any-case-any-script = 缩小列表：代码或名称，不分大小写和文字
help-choose = 选择
help-back-to-the-form-nothing-chosen = 返回表单，未选择

## Footer key hints (keymap.rs)
hint-quit = 退出
hint-help = 帮助
hint-back = 返回
hint-open = 打开
hint-new = 新建
hint-edit = 编辑
hint-delete = 删除
hint-service = 配种
hint-sale = 出售
hint-death = 死亡
hint-check = 检查
hint-calving = 产犊
hint-loss = 流产
hint-pens = 牛圈
hint-cattle = 牛
hint-income = 收入
hint-animals = 牲畜
hint-breeding = 繁殖
hint-calves = 牛犊
hint-cow = 母牛
hint-approve = 批准
hint-return = 退回
hint-reopen = 重开
hint-fixed = 已改
hint-household = 农户
hint-filter = 筛选
hint-sort = 排序
hint-undo = 撤销
hint-go-to = 转到
hint-keep = 保留
hint-yes = 是
hint-no = 否
hint-close = 关闭
hint-move = 移动
hint-go = 前往

## Figures of the dashboard and of `kumban status`
fig-households = 农户
fig-households-value = { $total }（示范户 { $demonstration }）
fig-poverty = 贫困
fig-poor = 贫困 { $n }
fig-near-poor = 边缘贫困 { $n }
fig-not-poor = 非贫困 { $n }
fig-exited = 脱贫 { $n }
fig-groups = 小组
fig-pens = 牛圈
fig-planned = 计划中 { $n }
fig-building = 在建 { $n }
fig-built = 已建成 { $n }
fig-inspected = 已验收 { $n }
fig-over-capacity = 超容量 { $n }
fig-cattle = 牛
fig-cattle-active = 在栏 { $active }（母 { $female }，公 { $male }）
fig-distributed = 发放 { $n }
fig-born = 出生 { $n }
fig-sold = 已售 { $n }
fig-died = 死亡 { $n }
fig-breeding = 繁殖
fig-pregnant = 妊娠 { $n }
fig-due-30 = 30 天内预产 { $n }
fig-overdue = 逾期 { $n }
fig-calved = 今年产犊 { $n }
fig-returned = 已退回
fig-col-group = 小组
fig-col-cur = 币种
fig-col-income = 收入
fig-col-expense = 支出
fig-col-net = 净额
fig-col-per-member = 人均
when-today = 今天
when-tomorrow = 明天
when-in-days = { $n } 天后
when-days-ago = { $n } 天前
when-days-late = 晚 { $n } 天
when-short-ahead = +{ $n }天
when-short-late = 晚{ $n }天

## The dashboard screen
dash-not-computed = 无法计算数字；请看下方消息。按 { $key } 重试。
dash-due-next = 即将产犊：30 天内 { $n }
dash-overdue = 逾期：{ $n }（晚于 14 天以上）
dash-none = 无
dash-returned-more = 另有 { $n } 个月被退回：见 { $review }
dash-income-year = 收入 { $year }
dash-income-nothing = 1 月 1 日至 { $today } 无记录
dash-profit-per-cow = 每头母牛利润 { $amounts } · 1 月 1 日至 { $today }
dash-from-january = 1 月 1 日至 { $today }
dash-more = … 更多见繁殖屏 (5)
dash-more-short = … 更多：繁殖 (5)

## `kumban status` as text
status-title = kumban 状况，{ $today }
status-returned = 审核人员退回（改正后运行 `kumban fixed --village V --period YYYY-MM`）
status-by-on = { $by } 于 { $date }
status-overdue = 逾期
status-due-next = 即将产犊
status-and-more = ... 另有 { $n } 条
status-income = 收入 { $year }，1 月 1 日至 { $today }
status-income-nothing = 今年无记录
status-profit-per-cow = 每头母牛利润：{ $amounts }

## Popups, the go-to list and the list screens
help-title = 帮助：{ $screen }的按键
help-on-tab = 在{ $screen }屏
help-in-detail = 在此详情弹窗中
help-in-form = 在表单中
help-in-picker-field = 在选择列表中（引用字段）
help-in-picker = 在选择列表中
help-in-filter = 输入筛选时
popup-position = { $first }-{ $last } / { $total }
palette-title = 转到
palette-none = 没有该名称的屏幕。
palette-here = 当前

## The welcome screen of an empty database
welcome-title = 欢迎使用 kumban
welcome-empty = 此数据库为空：{ $db }
welcome-first-heading = 添加第一个农户
welcome-first-keys = 按 { $group } 进入农户屏，再按 { $new }：打开表单。{ $next } 在
welcome-first-fields = 字段间移动，{ $save } 保存，{ $close } 取消，{ $undo } 撤销保存。
welcome-demo-heading = 用演示数据看看
welcome-demo-quit = 按 { $quit } 退出并运行
welcome-demo-db = （如指定过 --db，用同一个），然后再次启动 kumban。
welcome-keys = 在任何屏幕按 { $help } 查看按键，按 { $quit } 退出。

## The Reports and Rates screens

tab-reports = 报表
tab-rates = 汇率
help-down-one-row-of-the-report = 报表下移一行
help-up-one-row-of-the-report = 报表上移一行
help-next-report-household-village-group-month-baseline-herd-calvings = 下一张报表：农户、村、小组、月份、基线、牛群、产犊
help-previous-report = 上一张报表
help-open-what-the-row-stands-for-the-household-or-the-month-s-income = 打开此行所指：农户，或该月的收入
help-period-of-a-year-then-a-quarter-then-a-month = 期间：年，然后季度，然后月
help-the-period-after = 下一期间
help-the-period-before-a-year-a-quarter-or-a-month-back = 上一期间：往前一年、一季度或一个月
hint-earlier = 往前
hint-later = 往后
hint-period = 期间
hint-report = 报表
help-amounts-as-recorded-then-all-in-usd-lak-cny-or-thb-by-the-exchange-rates = 按记录的金额，然后全部换算为 USD、LAK、CNY 或 THB（按汇率）
hint-currency = 币种

## The Members screen

help-this-household-s-members = 该农户的家庭成员
hint-members = 成员
tab-members = 家庭成员

## forms: field labels (their English is the label in crates/forms)
field-sex = 性别
field-ear-tag = 耳标
field-breed = 品种
field-born-on = 出生日期
field-birth-date-estimated = 出生日期为估计
field-origin = 来源
field-origin-date = 来源日期
field-dam = 母本
field-owner-household = 所属农户
field-pen = 牛圈
field-status = 状态
field-sold-died-on = 出售/死亡日期
field-sale-price = 售价
field-cause-of-death = 死因
field-notes = 备注
field-animal = 牲畜
field-sold-on = 出售日期
field-price = 价格
field-income-note = 收入说明
field-died-on = 死亡日期
field-cause = 原因
field-cow = 母牛
field-service-date = 配种日期
field-method = 方式
field-sire = 父本
field-gestation-days = 妊娠期（天）
field-served = 配种
field-result = 结果
field-checked-on = 检查日期
field-calved-on = 产犊日期
field-record-the-calf = 登记牛犊
field-calf-s-ear-tag = 牛犊耳标
field-lost-on = 流产日期
field-reason = 原因
field-code = 编号
field-head-s-name = 户主姓名
field-village = 村
field-members = 成员
field-phone = 电话
field-production-groups = 生产小组
field-demonstration = 示范户
field-poverty-status = 贫困状况
field-exited-on = 脱贫日期
field-baseline-income = 基线收入
field-enrolled-on = 入项日期
field-household = 农户
field-date = 日期
field-production-group = 生产小组
field-income-or-expense = 收入或支出
field-amount = 金额
field-description = 说明
field-name = 姓名
field-birth-year = 出生年份
field-relation-to-the-head = 与户主关系
field-works = 有工作
field-label = 名称
field-capacity-head = 容量（头）
field-inspected-on = 验收日期
field-inspected-by = 验收人
field-confirmed-on = 确认日期
field-outcome = 结局
field-outcome-date = 结局日期
field-calf = 牛犊
field-reason-of-loss = 流产原因
field-from-date = 起始日期
field-currency = 币种
field-1-unit-is-worth-in-base = 1 单位折合（基准币）
field-base-currency = 基准币种
field-source = 来源

## forms: choice words shown (the stored word never changes)
choice-female = 母
choice-male = 公
choice-distributed = 发放
choice-born = 出生
choice-bought = 购入
choice-active = 在栏
choice-sold = 已售
choice-died = 死亡
choice-pregnant = 怀孕
choice-open = 未孕
choice-recheck = 复查
choice-poor = 贫困
choice-near-poor = 边缘贫困
choice-not-poor = 非贫困
choice-exited = 已脱贫
choice-income = 收入
choice-expense = 支出
choice-natural = 自然交配
choice-ai = 人工授精
choice-pending = 待定
choice-calved = 已产犊
choice-lost = 流产
choice-head = 户主
choice-spouse = 配偶
choice-child = 子女
choice-parent = 父母
choice-sibling = 兄弟姐妹
choice-grandchild = 孙辈
choice-other-relative = 其他亲属
choice-other = 其他
choice-planned = 计划中
choice-building = 在建
choice-built = 已建成
choice-inspected = 已验收
choice-yes = 是
choice-no = 否

## forms: titles of the lists to choose from
picker-choose-a-household = 选择农户
picker-choose-a-pen-of-the-household = 选择该农户的牛圈
picker-choose-a-cow-active-not-pregnant = 选择母牛（在栏、未怀孕）
picker-choose-the-dam-a-female-of-the-herd = 选择母本（牛群中的母牛）
picker-choose-an-animal = 选择牲畜
picker-choose-the-calf = 选择牛犊

## forms: record kinds as nouns (RecordKind::noun)
noun-household = 农户
noun-cattle-pen = 牛圈
noun-animal = 牲畜
noun-pregnancy = 妊娠记录
noun-income-log = 收支记录
noun-exchange-rate = 汇率
noun-household-member = 家庭成员

## forms: titles, hints, footers and messages
form-title-new-household = 新农户
form-title-household = 农户 { $code }
form-title-new-animal = 新牲畜
form-title-animal = 牲畜 { $tag }
form-title-sale = 出售 { $tag }
form-title-death = { $tag } 死亡
form-title-service-of = 登记 { $cow } 配种
form-title-service = 登记配种
form-title-check = { $tag } 妊娠检查
form-title-calving = { $tag } 产犊
form-title-loss = { $tag } 流产
form-title-new-income = 新收支记录
form-title-income = { $date } 收支记录
form-title-new-member = 新家庭成员
form-title-member = 家庭成员 { $name }
form-title-new-pen = 新牛圈
form-title-pen = 牛圈 { $label }
form-title-new-pregnancy = 新配种记录
form-title-pregnancy = { $cow } 的配种记录
form-title-new-rate = 新汇率
form-title-rate = { $date } 的 { $currency } 汇率
form-animal-of = { $owner } 的 { $tag }（{ $sex }）
form-served = { $date }（{ $method }），预产期 { $due }
form-hint-date = 如 2026-11-30 或 今天
form-hint-money = 800 即 { $currency }；或 800.50 USD、1,200,000 LAK
form-hint-money-optional = 选填；800 即 { $currency }；或 800.50 USD、1,200,000 LAK
form-hint-reference = { $key } 选择
form-hint-reference-optional = 选填；{ $key } 选择
form-hint-optional = 选填
form-keys-choice = { $sides }/{ $space } 切换
form-keys-multi = { $sides } 移动 { $space } 勾选，输入+{ $enter } 添加
form-keys-reference = { $enter } 列表，{ $delete } 清除
form-keys-text = 输入以编辑
form-type-a-new-group = 输入新小组
form-footer = { $next } 下一项  { $back } 上一项  { $field }  { $save } 保存  { $cancel } 取消
picker-filter = 筛选：
picker-count = 共 { $total } 项可选
picker-matches = { $total } 项中 { $shown } 项匹配
picker-empty = 此处无可选项
picker-no-match = 无匹配项；按 Backspace 放宽筛选
picker-keys = { $moves } 移动  { $choose } 选择  { $back } 返回
picker-animal-detail = { $owner } 的 { $sex } { $status }
picker-pen-detail = { $status }，{ $head } 头
form-not-saved-one = 未保存：请修改标出的字段
form-not-saved-many = 未保存：有 { $n } 处需修改
form-not-saved-because = 未保存：{ $why }
form-choose-first = 请先选择{ $field }
form-choose-from-list = 请选择{ $field }：按 { $key } 打开列表
form-changed-since-opened = 未保存：{ $by } 在 { $at } 修改了这条{ $noun }（在您打开之后）。{ $save } 用您的版本覆盖；{ $close } 后按 e 查看对方的版本
form-enter-a-number = 请输入数字
form-not-a-whole-number = "{ $text }" 不是整数；只写数字，如 5
form-pasted-first-line = 只粘贴了第一行；每个字段只能有一行
form-reference-missing = { $noun } id { $id }（缺失）
form-pregnancy-closed = { $tag } 于 { $date } 配种的妊娠已结束（{ $outcome }）
form-animal-not-active = { $tag } 已是{ $status }
saved-new = 已保存新{ $noun } { $what }
saved-nothing-changed = { $noun } { $what } 无改动；未保存
saved-edit = 已保存{ $noun } { $what }
saved-calving-calf = 已保存 { $cow } 的产犊及牛犊 { $calf }
saved-calving = 已保存 { $cow } 的产犊
saved-sale = 已保存 { $tag } 的出售，金额 { $amount }
describe-income = { $date } { $flow } { $amount }
describe-pregnancy = { $date } 配种
describe-rate = { $date } 的 { $currency } 汇率

## errors: the model's problems and the input conventions' refusals
err-must-not-be-empty = 不能为空
err-invisible-character = 含有不可见字符（{ $char }）；请不用特殊键重新输入
err-control-character = 含有控制字符（{ $char }）；请不用特殊键重新输入
err-too-long = 长 { $n } 个字符；上限为 { $max }
err-spaces-at-ends = 开头和结尾不能有空格
err-date-range = { $date } 不在 1990 至 2100 年之间；请检查年份
err-not-before = { $later } 早于{ $earlier_name }（{ $earlier }）
term-service-date = 配种日期
term-birth-date = 出生日期
term-enrolment-date = 入项日期
term-household-code = 农户编号
term-ear-tag = 耳标
err-code-empty = 请输入{ $what }，如 { $example }
err-code-long = { $what }超过 20 个字符
err-code-characters = { $what }只能使用大写字母、数字、- 和 /，如 { $example }
err-members-range = 成员数须在 1 到 30 之间
err-phone = 电话号码请用数字、空格、+ 和 - 书写，如 +856 20 5555 1234
err-group-name = "{ $group }" 不是有效的小组名称
err-group-twice = 有生产小组重复列出
err-baseline-negative = 基线收入不能为负
err-sale-price-positive = 售价必须大于零
err-cause-of-death = 死因{ $problem }
err-reason = 原因{ $problem }
err-gestation = 妊娠期须在 260 到 300 天之间（牛通常为 283 天）
err-amount-positive = 金额必须大于零；付出的钱请选支出
err-capacity-range = 容量须在 1 到 200 头之间
err-inspection-date-needed = 已验收的牛圈需要验收日期
err-inspection-date-only = 只有已验收的牛圈才有验收日期；请把状态设为已验收，或清除日期
err-inspector-only = 只有已验收的牛圈才有验收人；请把状态设为已验收，或清除姓名
err-rate-of-base = { $currency } 是基准币种，始终等于 1 { $currency }；请选择此汇率所换算的币种
err-birth-year-range = { $year } 早于 { $earliest } 或晚于 { $latest }；请写出生年份，如 1985
err-birth-year-future = { $year } 是将来的年份（今天是 { $today }）；请写出生年份
err-date-empty = 请输入日期，如 2026-03-15 或 15/03/2026（日在前），或 今天
err-date-malformed = "{ $text }" 不是日期；请写成 2026-03-15 或 15/03/2026（日在前），或 今天
err-date-short-year = "{ $text }"：请写完整年份，如 15/03/2026
err-amount-empty = 请输入金额，如 800 或 800.50 USD
err-amount-not-a-number = "{ $text }" 不是金额；请写数字，如 1,200,000 或 800.50
err-amount-decimals = 最多两位小数，如 800.50
err-amount-too-large = 金额过大；kumban 能保存的最大值为 92,233,720,368,547,758.07
err-currency-unknown = "{ $text }" 不是 kumban 认识的币种；请用 LAK、USD、CNY 或 THB
err-two-currencies = { $first } 和 { $second } 是两种币种；只写一种
err-amount-unclear = "{ $text }" 含义不明：如指千位请写 { $thousands }，如指小数请写 { $decimal }（点是小数点）
err-rate-empty = 请输入一个单位折合多少基准币，如 0.0000461
err-rate-not-a-number = "{ $text }" 不是汇率；请写小数，如 0.0000461 或 0.1389
err-rate-not-positive = 汇率必须大于零；请写一个单位折合多少基准币
err-rate-decimals = 最多 12 位小数，如 0.000046082949
err-rate-too-large = 汇率过大；一个单位最多折合 18,000,000 基准币

## errors: production group names and typing
err-group-empty = 请输入生产小组，如 cattle、corn 或 weaving
err-group-too-long = "{ $text }" 超过 24 个字母
err-group-characters = "{ $text }" 不是小组名称；请用小写字母、数字和连字符，如 rice-seed
err-typed-control-character = { $char } 是控制字符，不能在此输入
err-pasted-control-character = 粘贴的文字含有控制字符（{ $char }）；未粘贴任何内容

## errors: the store's refusals and failures (StoreError)
store-in-use = { $path } 的数据库正在使用中{ $holder }；请先关闭那个 kumban，或用 --db 打开另一个数据库
store-too-new = { $path } 的数据库由更新版本的 kumban 写入（schema { $found }，本版本最多读取 { $supported }）；请更新 kumban
store-refused = { $noun }未保存：{ $problems }
store-referenced = 无法删除{ $what }：有 { $by } 指向它；请先删除或修改它们
store-blocker = { $what } { $n } 条
store-not-found = 没有 id 为 { $id } 的{ $noun }；可能已被删除
store-no-such-change = 没有可撤销的第 { $n } 项更改
store-corrupt = 数据库中有损坏的数据（{ $place }：{ $reason }）；请运行 `kumban check` 并从备份恢复
store-not-blank = { $path } 的数据库已有记录或历史；恢复只能写入空数据库：请用 --db 指定新文件夹
store-unrestorable = 备份无法恢复（{ $place }：{ $reason }）；未写入任何内容
store-open = 无法打开 { $path } 的数据库：{ $reason }
store-write = 数据库无法保存（{ $why }）；请检查磁盘空间和文件夹是否可写，然后重试
store-disk-full = 存放数据库的磁盘已满，未保存任何内容；请腾出空间（删除或移走不需要的文件）后重试：有空间后 kumban 会自动继续
store-reopen = 保存失败后无法重新读取数据库（{ $why }）；未保存任何内容；请检查磁盘空间和文件夹是否可写，然后重试
store-changed = { $noun }在您打开后被 { $by } 于 { $at } 修改；请重新加载查看，或再次保存以覆盖
store-disconnected = 与持有 { $path } 数据库的 kumban 失去连接（{ $reason }）；这些内容均未保存；请重试，kumban 会重新连接
store-maybe-saved = 在持有 { $path } 数据库的 kumban 回复前失去连接：可能已保存也可能未保存；再次保存前请先查看
store-read-only = { $why }；未保存任何内容
store-as-is = { $text }
store-owner = 无法连接持有 { $path } 数据库的 kumban：{ $reason }
store-too-large = { $what } 为 { $bytes } 字节，超过与持有数据库的 kumban 之间单条消息可携带的 { $limit } 字节，因此未发送，也未保存任何内容；请每次保存或请求少一些
store-no-room = 存放数据库的磁盘剩余 { $free } MB，此次导入约需 { $needed } MB；未导入任何内容；请腾出空间（或分批导入）后重试
store-duplicate-household-code = 农户编号 { $code } 已被使用；请另选一个
store-duplicate-ear-tag = 耳标 { $tag } 已被其他牲畜使用
store-duplicate-pen-label = 该农户已有名为 { $label } 的牛圈；请另选名称
store-duplicate-member = 该农户已有名为 { $name } 的成员；请加上区分的字样，如（小）
store-duplicate-rate = { $date } 已有 { $currency } 的汇率；请改为编辑那一条

## errors: what keeps a record from being deleted (store Blockers)
blocker-breeding-record = 配种记录
blocker-breeding-records = 配种记录
blocker-calf = 牛犊
blocker-calves = 牛犊
blocker-income-log = 收支记录
blocker-income-logs = 收支记录
blocker-calving-record = 产犊记录
blocker-calving-records = 产犊记录
blocker-cattle-pen = 牛圈
blocker-cattle-pens = 牛圈
blocker-animal = 牲畜
blocker-animals = 牲畜
blocker-animal-in-it = 圈内牲畜
blocker-animals-in-it = 圈内牲畜

## errors: a pen as the blockers name it
noun-pen = 牛圈

## errors: saving, deleting and undoing in the TUI (entry.rs)
entry-read-only = 只读：{ $why }
entry-read-only-title = 只读
entry-serve-inactive = { $tag } { $status }；只有在栏母牛才能配种
entry-serve-male = { $tag } 是公牛；只有母牛才能配种
entry-serve-pregnant-due = { $tag } 已怀孕（{ $served } 配种，预产期 { $due }）；请先登记其结局
entry-serve-pregnant = { $tag } 已怀孕；请先登记其结局
entry-undoes = { $done } · { $key } 撤销
entry-not-saved-marked = 未保存：表单已标出需修改之处
entry-delete-question = 删除{ $what }？
entry-not-deleted = 未删除。
entry-closed-unsaved = 已关闭表单；未保存任何内容。
entry-deleted-what = 已删除{ $what }
entry-deleted-undoes = 已删除{ $what } · { $key } 撤销
entry-deleted = 已删除{ $what }
entry-deleted-no-history = 已删除{ $what }，但无法读取历史记录：{ $why }
entry-not-deleted-title = 未删除
entry-nothing-to-undo = 没有可撤销的：本次会话未作更改。
entry-undone = 已撤销：{ $what }
entry-not-undone-title = 未撤销
entry-cannot-undo = 无法撤销"{ $what }"：{ $why }
entry-gone = 该记录已不存在（读取列表后被删除）；按 { $key } 重新加载。

## errors: a record named in a question or a status message (tabs' in_words)
words-animal = 牲畜 { $tag }（{ $sex } { $breed }）
words-household = 农户 { $code } { $name }
words-income = { $household } 在 { $date } 的{ $flow }（{ $amount }）
words-member = { $household } 的成员 { $name }
words-pen = { $household } 的牛圈 { $label }
words-pregnancy = { $cow } 于 { $date } 配种的记录

## errors: more blockers (a household's members)
blocker-household-member = 家庭成员
blocker-household-members = 家庭成员

## errors: the question's title, the sale's note
confirm-title = 确定吗？
confirm-title-draft = 未保存的表单
form-sale-note = 出售 { $tag }

## errors: the store's rules across records (kinds/*, write, aggregate)
store-no-household = 没有 id 为 { $id } 的农户；请从列表中选择
store-no-animal = 没有 id 为 { $id } 的牲畜；请从列表中选择
store-no-cow = 没有 id 为 { $id } 的牲畜；请从列表中选择母牛
store-no-pen = 没有 id 为 { $id } 的牛圈；请从列表中选择
store-no-calf = 没有 id 为 { $id } 的牲畜可作为牛犊
store-no-dam = 没有 id 为 { $id } 的牲畜可作为母本
store-pen-animal-elsewhere = 此圈中的牲畜 { $tag } 属于另一农户；请先将其移走
store-pen-of-another = 牛圈 { $label } 属于另一农户；请选择所属农户的牛圈
store-male-pregnancy = { $tag } 是公牛；妊娠需要母牛
store-cow-sold = { $tag } 已售；只有在栏母牛才能有待定的妊娠
store-cow-died = { $tag } 已死亡；只有在栏母牛才能有待定的妊娠
store-already-pregnant = { $tag } 已有待定的妊娠；请先登记其结局
store-not-born-to = { $calf } 并非 { $cow } 所生
store-own-dam = 牲畜不能是自己的母本
store-dam-not-female = { $tag } 不是母畜，不能作母本
store-pending-first = { $tag } 有待定的妊娠；请先登记其结局（已产犊或流产）
store-pending-outcome = { $tag } 有待定的妊娠；请先登记其结局（已产犊或流产）
store-must-stay-female = 此牲畜作为母牛已有 { $calves } 头牛犊和 { $records } 条配种记录，因此必须保持为母
store-calf-of-calving = { $tag } 是其母本产犊记录中的牛犊；请先修改该产犊记录
store-other-base = 本数据库的汇率以 { $base } 为基准；这一条也请用 { $base }（如要更换基准，请先删除或修改其他汇率）
store-household-not-in-group = 农户 { $code } 不在 { $group } 小组；请先给农户加上该小组，或不选它
store-member-in-group = 该农户的 { $name } 在 { $group } 小组工作；请先从该成员去掉此小组
store-pregnancy-closed = 此妊娠已结束（{ $outcome }）
store-changed-again = 此后{ $noun }又被修改；请先撤销较晚的更改
store-total-too-large = { $year } 年 { $group } 小组的{ $flow }合计将达 { $total } { $currency }，超过 kumban 能保存的最大合计 { $limit } { $currency }；请检查金额（是否多了一位？）
## The Health screen

group-health = 动物健康
tab-health = 动物健康
help-this-animal-s-health-events = 该牲畜的健康记录
hint-health = 健康
help-the-animal = 该牲畜
hint-animal = 牲畜
help-vaccination-campaign-one-event-for-every-animal-of-a-pen-household-or-village = 防疫运动：为一个畜栏、农户或村的每头牲畜各记一条
hint-campaign = 防疫运动

## errors: health events
err-health-cost-positive = 费用必须大于零；若未付费请留空
err-withdrawal-days = { $days } 天不是有效的休药期；请填写 0 到 { $max }（没有则填 0）
term-event-date = 事件日期

## errors: health events, store
store-health-before-birth = { $date } 早于 { $tag } 的出生日期（{ $born }）；请检查日期
## The Weights screen

help-this-animal-s-weights = 这头牲畜的体重记录
hint-weights = 体重
help-the-animal-weighed = 称重的牲畜
tab-weights = 体重

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = 繁殖力
fig-calving-interval = 产犊间隔 { $days } 天
fig-calving-rate = 一年内产犊 { $rate }
fig-services-per-conception = 每次受孕配种 { $n } 次

## errors: weights
err-weight-zero = 体重必须大于 0 公斤
err-weight-over = { $kg } 公斤超过 1,500 公斤，比任何牛都重；请检查是否多写了一位数
err-weight-after-today = { $date } 晚于今天（{ $today }）；请填写称重的日期

## errors: weights, store
store-weight-before-birth = { $date } 早于 { $tag } 的出生日期（{ $born }）
store-weight-same-day = { $tag } 在 { $date } 已有一条{ $method }称重记录；请修改那一条
store-weigh-scale = 秤
store-weigh-girth-tape = 胸围尺
