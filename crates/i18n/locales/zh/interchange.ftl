# kumban 读写文件（导入、导出、DHIS2）时的消息。
# 列名、代码和 JSON 键保持英文：它们是文件的用词。

## Import: a cell of a row
imp-must-be-empty = 必须留空{ $why }
imp-enter-whole-number = 请输入整数
imp-not-whole-number = "{ $text }" 不是整数
imp-not-yes-no = "{ $text }" 不是 yes 或 no
imp-enter-amount-for-currency = 请输入该币种的金额
imp-currency-disagrees = 写的是 { $says }，但 { $column } 列写的是 { $currency }
imp-enter-one-of = 请输入以下之一：{ $words }
imp-not-one-of = "{ $text }" 不是以下之一：{ $words }
imp-why-born-in-herd = （本群出生的牲畜，其日期为 born_on）
imp-enter-dam = 请输入牛犊母亲的耳标
imp-why-unless-born = （除非来源为 born）
imp-why-sold = （已售牲畜）
imp-enter-sale-price = 请输入售价及其币种
imp-why-died = （已死亡牲畜）
imp-why-active = （在栏牲畜）
imp-gestation-range = 妊娠期须在 260 到 300 天之间（牛通常为 283 天）
imp-why-calving = （产犊时）
imp-why-lost = （流产时）
imp-why-pending = （妊娠尚未结束时）
imp-sire-both = 请填写本群公牛的耳标 (sire_bull) 或外来父本的代码 (sire)，不能两者都填
imp-expected-calving = { $expected } 不等于 service_date + gestation_days（{ $computed }）；请更正或留空
imp-calves = { $n } 头牛犊：请写 1，双胎写 2
imp-why-not-twins = （除非 calves 为 2，即双胎）
imp-why-not-exited = （除非贫困状况为 exited）
imp-members-range = 成员数须在 1 到 30 之间
imp-birth-year-range = 请写出生年份，如 1985
imp-enter-amount = 请输入金额及其币种
imp-withdrawal-range = 请写 0 到 { $max }（没有则写 0）
imp-campaign-range = 活动编号须是大于零的数字
imp-capacity-range = 容量须在 1 到 200 头之间

## Import: rows against each other and the database
imp-twice = { $what } 在本次导入中出现了两次（另见 { $at }）
imp-already-stored = { $what } 已在数据库中；请删去该行，或用 --update 导入以更改它
imp-what-household = 农户 { $code }
imp-what-pen = 农户 { $household } 的牛圈 "{ $label }"
imp-what-animal = 牲畜 { $tag }
imp-what-pregnancy = { $cow } 于 { $date } 配种的妊娠
imp-what-member = 农户 { $household } 的成员 { $name }
imp-what-training = { $date } 在 { $place } 举办的 { $topic } 培训
imp-what-attendance = 农户 { $household } 的 { $member } 参加 { $date } { $topic } 培训的记录
imp-what-visit = { $technician } 于 { $date } 对农户 { $household } 的走访
imp-what-weight = { $animal } 于 { $date } 以 { $method } 测得的体重
imp-what-health = { $animal } 于 { $date } 的{ $kind }（{ $product }）
imp-what-rate = { $date } 的 { $currency } 汇率
imp-pens-same-label-stored = 数据库中农户 { $household } 有 { $n } 个名为 "{ $label }" 的牛圈；请先给它们起不同的名称
imp-pregnancies-same-day-stored = 数据库中 { $cow } 有 { $n } 次于 { $date } 配种的妊娠；无法判断此行是哪一次
imp-income-already-stored = { $household } 于 { $date } 的这条收入记录已在数据库中；请删去该行，或用 --update 导入以跳过它
imp-training-no-attendees = { $date } 在 { $place } 举办的 { $topic } 培训没有参加者；请在 attendance.csv 中添加其行
imp-no-training = 本次导入和数据库中都没有 { $date } 在 { $place } 举办的 { $topic } 培训
imp-no-member = 本次导入和数据库中农户 { $household } 都没有名为 "{ $member }" 的成员
imp-enter-household = 请输入农户代码，如 BS-07
imp-no-household = 本次导入和数据库中都没有农户 { $code }
imp-no-pen = 本次导入和数据库中农户 { $code } 都没有名为 "{ $label }" 的牛圈
imp-pens-same-label = 农户 { $code } 有 { $n } 个名为 "{ $label }" 的牛圈；请先给它们起不同的名称
imp-no-animal = 本次导入和数据库中都没有牲畜 { $tag }
imp-dam-loop = { $tag } 的母本世系又回到了 { $tag }；牲畜不能是自己的祖先
imp-store-refused = 数据库拒绝了本次导入

## Import: files and folders
imp-cannot-open = 无法打开：{ $reason }
imp-cannot-read = 无法读取：{ $reason }
imp-cannot-read-here = 无法读取文件此处：{ $reason }
imp-file-empty = 文件是空的；它应以标题行开头（见 docs/export-format.md）
imp-file-utf16 = 该文件是 UTF-16 文本；请另存为 UTF-8（在 Excel 中选 "CSV UTF-8"）后重新导入
imp-file-workbook = 这是工作簿（.xlsx 或 .ods），不是 CSV；请将工作表另存为 "CSV UTF-8" 后导入
imp-file-backup = 这看起来是 kumban 备份；备份请用 `kumban restore`
imp-column-twice = 列 "{ $name }" 出现了两次
imp-column-unknown = 未知列 "{ $name }"；{ $stem }.csv 的列为 { $columns }
imp-column-missing = 缺少列 "{ $name }"
imp-kind-unknown = 无法判断该文件包含哪类记录；请将其命名为 { $names }（或 .json），或使用 docs/export-format.md 中的列名
imp-row-too-long = 有一行超过 { $limit } 字节；是否有引号 (") 未闭合？其后的内容均未读取
imp-cell-not-utf8 = 第 { $n } 个单元格不是 UTF-8 文本；请将文件另存为 UTF-8（在 Excel 中选 "CSV UTF-8"）后重新导入
imp-cell-multiline = 该单元格跨越多行；是否有引号 (") 未闭合？
imp-cell-count = 有 { $n } 个单元格，而标题行有 { $width } 个；请检查是否缺少或多了逗号
imp-no-header = 文件没有标题行；第一行必须写出列名（见 docs/export-format.md）
imp-record-too-long = 有一条记录超过 { $limit } 字节；是否有引号 (") 未闭合？其后的内容均未读取
imp-json-cut-short = JSON 过早结束；文件被截断了（请重新复制）
imp-json-invalid = 此处不是有效的 JSON：{ $reason }
imp-json-not-export = 这不是导出文件的内容：{ $reason }
imp-json-format = "format" 不是 "kumban-export"；这不是 kumban 导出文件
imp-json-version = 该导出文件为第 { $found } 版，本 kumban 最多读取第 { $supported } 版；请更新 kumban
imp-json-top-key = 未知键 "{ $key }"；应为 format、version、households、pens、animals、pregnancies 或 income
imp-json-key-twice = 键 "{ $key }" 在此{ $within }中出现了两次；只保留一个，以便明确所指的值
imp-json-document = 文档
imp-json-record = 记录
imp-json-key-missing = 缺失；每条记录都需要此键
imp-json-not-group = { $value } 不是小组名称
imp-json-expected = 应为{ $expected }，实为{ $found }
imp-json-key-unknown = 未知键 "{ $key }"；{ $stem } 记录的键见 docs/export-format.md
imp-json-a-text = 文本
imp-json-a-whole-number = 整数
imp-json-true-or-false = true 或 false
imp-json-a-group-list = 小组名称列表
imp-json-a-list = 列表
imp-json-an-object = 对象
imp-json-a-value = 某个值
imp-path-missing = { $path } 不存在；请给出导出文件夹或 .csv、.json 文件
imp-path-unreadable = 无法读取 { $path }：{ $reason }；请检查您是否有读取权限
imp-csv-and-json = { $path } 同时有 { $stem }.csv 和 { $stem }.json；请只保留一个
imp-no-export-files = { $path } 中没有导出文件；应有 households.csv、pens.csv、animals.csv、pregnancies.csv 或 income.csv（或 .json）
imp-not-a-file = { $path } 是{ $what }，不是文件或导出文件的文件夹；请给出导出文件夹或 .csv、.json 文件
imp-a-named-pipe = 命名管道
imp-a-device = 设备
imp-a-socket = 套接字
imp-something-else = 其他东西

## The command line's checks of values (--period, --currency, --today, KUMBAN_TODAY)
err-period-malformed = "{ $text }" 不是月份；请写成 YYYY-MM，如 2026-10
err-period-range = { $text } 超出 1990 到 2100 年的范围；请检查年份
cli-not-a-currency = "{ $text }" 不是 kumban 认识的币种；请从 { $codes } 中选择
cli-env-invalid-value = { $name } 的值 '{ $value }' 无效：{ $why }
usage-invalid-value-why = '{ $arg }' 的值 '{ $value }' 无效：{ $why }

## Export and DHIS2
exp-dangling = { $what } 引用了不存在的 { $target } id { $id }；请运行 `kumban check` 并恢复备份
exp-standard-output = 标准输出
exp-cannot-write = 无法写入 { $path }：{ $error }；请检查文件夹是否存在且可写
exp-dhis2-needs-period = --format dhis2 需要 --period YYYY-MM，即要报告的月份，如 --period 2026-11
exp-period-not-json = --period 与 --format dhis2 一起使用（或 csv，用于 DHIS2 的 CSV 数据值）；--format json 写出所有记录，不论日期
exp-stdout-not-csv = --out - 写出一个 JSON 文档；请与 --format json 一起使用，或为 CSV 文件给出文件夹
dhis2-exported-json = 已将 { $period } 的 DHIS2 数据值集导出到 { $path }：{ $villages } 个村的 { $values } 个值。
dhis2-exported-csv = 已将 { $period } 的 DHIS2 数据值（CSV）导出到 { $path }：{ $villages } 个村的 { $values } 个值。
dhis2-no-mapping = { $path } 处没有 DHIS2 映射
dhis2-mapping-unreadable = 无法读取 { $path }：{ $error }；请检查文件权限
dhis2-mapping-invalid = { $path } 不是 DHIS2 映射：{ $why }；请按 docs/export-format.md（"DHIS2 mapping"）所示更正
dhis2-codes = { $path } 中有 { $n } 个代码缺失或有误
dhis2-no-mapping-template = { $path } 处没有 DHIS2 映射；未写出任何内容。请按以下格式（docs/export-format.md，"DHIS2 mapping"）在那里写入本县的代码，填好每个 "":
dhis2-codes-refused = { $path } 中有 { $n } 个代码缺失或有误（见上）；未写出任何内容。请更正映射后重新导出。
dhis2-no-code = { $section }："{ $name }" 没有代码
dhis2-bad-code = { $section }："{ $name }" 的代码（{ $code }）{ $why }
dhis2-code-empty = 为空
dhis2-code-too-long = 超过了 DHIS2 保存的 50 个字符
dhis2-code-control = 含有控制字符或首尾有空格
dhis2-code-formula = 以 = + - 或 @ 开头，电子表格会将其视为公式
dhis2-unknown-indicator = dataElements："{ $key }" 不是 kumban 报告的指标（见 docs/export-format.md 列表）
dhis2-unknown-currency = categoryOptionCombos："{ $key }" 不是 kumban 使用的币种（LAK、USD、CNY、THB）

## Backup and restore: why a backup is damaged, why a restore stopped
backup-doing-restoring = 恢复
backup-doing-compacting = 压缩
backup-nothing-changed = { $reason }；未做任何更改
backup-cannot-copy-access = 无法将 { $path } 复制到新数据库：{ $reason }；未做任何更改
backup-disk-full = { $doing }时磁盘已满：数据库的新副本需要在 { $path } 旁约 { $needed } 的空间，现在只有 { $free }；未做任何更改（数据库保持原样）；请腾出空间后重试
backup-cannot-swap = 无法用新数据库替换 { $path }：{ $reason }；未做任何更改
backup-parent-not-writable = 无法恢复或压缩：{ $path } 不允许此用户在其中创建文件夹，而新数据库要在旧数据库旁创建；未做任何更改；请让管理办公室电脑的人允许该组写入 { $path }（见 docs/office-setup.md），或由其代为操作
backup-cannot-make = 无法创建 { $path }：{ $reason }；未做任何更改
backup-line-too-long = 有一行远远长于任何备份会写出的行
backup-compressed-unreadable = 无法读取其压缩数据：{ $reason }
backup-header = 其文件头：{ $reason }
backup-version-0 = 其文件头写的是版本 0
backup-other-format = 其文件头写的格式与文件本身不符
backup-checksum-unreadable = 其校验和行无法读取
backup-checksum-mismatch = 其校验和与内容不符：写出后有字节被改动
backup-at-line = 第 { $line } 行：{ $reason }
backup-no-counters = 缺少计数器行
backup-second-counters = 出现了第二个计数器行
backup-schema-unknown = schema { $schema } 不是本 kumban 能读取的（1 到 { $supported }）
backup-schema-no-way = 无法将 schema { $schema } 升级到 { $supported }
backup-saves-kept-landing = 保存操作不断进入
backup-what-backup-format = 备份格式
backup-what-database-schema = 数据库 schema
atomic-not-a-file-name = { $path } 不是文件名

## Export: what a record that names a missing one is
exp-what-health = { $date } 的健康记录
exp-what-income = { $date } 的收入记录
exp-what-member = 家庭成员 { $name }
exp-what-pen = 牛圈 { $label }
exp-what-attendance = 培训 { $training } 的参加记录
exp-what-visit = { $date } 的技术员走访
exp-what-weight = { $date } 的体重
exp-what-pregnancy = { $date } 配种的妊娠
