<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchRules</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: %1 must be between %2 and %3.</source>
        <translation>服务器下发的申请规则有误：%1 应在 %2 到 %3 之间。请稍后重试，或联系主考学校。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: %1 is not a date and time with a time zone offset.</source>
        <translation>服务器下发的申请规则有误：%1 不是带时区的日期时间。请稍后重试，或联系主考学校。</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: %1 must be %2.</source>
        <translation>服务器下发的申请规则有误：%1 应为%2。请稍后重试，或联系主考学校。</translation>
    </message>
    <message>
        <source>The application rules from the server could not be read (%1 at byte %2).</source>
        <translation>无法读取服务器下发的申请规则（第 %2 字节处：%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The application rules from the server are not a JSON object.</source>
        <translation>服务器下发的申请规则格式有误（不是 JSON 对象）。请稍后重试。</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: the window closes before it opens.</source>
        <translation>服务器下发的申请规则有误：申请截止时间早于开始时间。请稍后重试，或联系主考学校。</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: the image target size is above the accepted size.</source>
        <translation>服务器下发的申请规则有误：图片目标大小超过了允许的上限。请稍后重试，或联系主考学校。</translation>
    </message>
    <message>
        <source>The application rules from the server are invalid: the self-assessment minimum is above its maximum.</source>
        <translation>服务器下发的申请规则有误：自我鉴定的最少字数大于最多字数。请稍后重试，或联系主考学校。</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Please enter your mobile phone number.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>The mobile phone number may only contain digits. Please check what you entered.</source>
        <translation>手机号码只能包含数字，请检查输入的内容。</translation>
    </message>
    <message>
        <source>A mobile phone number has 11 digits; you entered %1. Please check it.</source>
        <translation>手机号码应为11位数字，您输入了 %1 位，请核对。</translation>
    </message>
    <message>
        <source>A mainland mobile phone number starts with 13 to 19. Please check the first digits.</source>
        <translation>大陆手机号码以13至19开头，请核对号码的前两位。</translation>
    </message>
    <message>
        <source>Please enter a landline number with its area code, for example 023-12345678.</source>
        <translation>请填写带区号的固定电话，例如 023-12345678。</translation>
    </message>
    <message>
        <source>Write the landline number as area code, hyphen and number, for example 023-12345678.</source>
        <translation>固定电话请按“区号-号码”填写，例如 023-12345678。</translation>
    </message>
    <message>
        <source>The area code %1 is not valid: it starts with 0 and has 3 or 4 digits, for example 023 for Chongqing.</source>
        <translation>区号 %1 无效：区号以0开头，共3或4位，例如重庆为 023。</translation>
    </message>
    <message>
        <source>The landline number after the area code must have 7 or 8 digits and cannot start with 0 or 1. Please check it.</source>
        <translation>区号后的电话号码应为7或8位，且不能以0或1开头，请核对。</translation>
    </message>
    <message>
        <source>Please enter the postal code of your address.</source>
        <translation>请填写通讯地址的邮政编码。</translation>
    </message>
    <message>
        <source>A postal code has exactly 6 digits, for example 400000. Please check it.</source>
        <translation>邮政编码应为6位数字，例如 400000，请核对。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>请填写电子邮箱地址。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address; it should look like name@example.com. Please check it.</source>
        <translation>电子邮箱地址格式不正确，应类似 name@example.com，请核对。</translation>
    </message>
    <message>
        <source>The e-mail address contains Chinese characters or full-width symbols (such as 。). Switch the input method to English (usually with the Shift key) and type it again, like name@example.com.</source>
        <translation>电子邮箱中含有汉字或全角符号（如“。”）。请将输入法切换为英文（通常按 Shift 键）后重新输入，格式如 name@example.com。</translation>
    </message>
    <message>
        <source>Please enter your postal address (where the certificate or letters can reach you).</source>
        <translation>请填写能收到信件和毕业证书的通讯地址。</translation>
    </message>
    <message>
        <source>The address is too short; give the district, street and house number.</source>
        <translation>过短，请写明区县、街道和门牌号。</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 fit. Please shorten it.</source>
        <translation>有%1个字，最多%2个字，请缩短。</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>通讯地址</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 (Beijing time)</source>
        <translation>%1（北京时间）</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1（上限 %2）</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>an emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>不可见的控制字符</translation>
    </message>
    <message>
        <source>a private-use character (often a special symbol of an input method)</source>
        <translation>自造字（通常是输入法的特殊符号）</translation>
    </message>
    <message>
        <source>the replacement character, left over from text converted wrongly</source>
        <translation>乱码替换符（文字转换出错的残留）</translation>
    </message>
    <message>
        <source>a text-direction control character, which makes the text display in another order than it is stored</source>
        <translation>文字方向控制符（会使文字显示的顺序与实际保存的不同）</translation>
    </message>
    <message>
        <source>an invisible tag character, which can hide text</source>
        <translation>不可见的标签字符（可用来隐藏文字）</translation>
    </message>
    <message>
        <source>a noncharacter, which no text may contain</source>
        <translation>Unicode 非字符（任何文本都不应包含）</translation>
    </message>
    <message>
        <source>a line break or tab, which this one-line field cannot hold</source>
        <translation>换行符或制表符（此项只能填写一行）</translation>
    </message>
    <message>
        <source>a broken character</source>
        <translation>残缺的字符</translation>
    </message>
    <message>
        <source>Character %2 of the %1, U+%4, is %3 and cannot be stored. Please delete it; if you cannot see it, delete the text around character %2 and type it again.</source>
        <translation>%1的第 %2 个字符（U+%4）是%3，无法保存。请删除该字符；如果看不到它，请删除第 %2 个字符附近的文字后重新输入。</translation>
    </message>
    <message>
        <source>The %1 is far too long (%2 characters are allowed). Please shorten it.</source>
        <translation>%1内容过长（最多允许 %2 字），请删减。</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed. Please shorten it by %4.</source>
        <translation>%1目前 %2 字，最多允许 %3 字，请删减 %4 字。</translation>
    </message>
    <message>
        <source>The %1 has only %2 visible characters but takes %3 storage units, more than the %4 allowed: it holds many invisible characters such as zero-width spaces. Please delete it and type it again.</source>
        <translation>%1只有 %2 个可见字符，却占用 %3 个存储单位，超过允许的 %4 个：其中含有大量零宽空格等不可见字符。请删除后重新输入。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Please enter the 18-character resident ID number.</source>
        <translation>请填写18位居民身份证号。</translation>
    </message>
    <message>
        <source>The ID number may only contain digits, and an X as the 18th character. Please check what you entered.</source>
        <translation>身份证号只能由数字组成，仅第18位可以是 X，请检查输入的内容。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number. Please enter the 18-digit number of your current resident ID card.</source>
        <translation>这是旧版15位身份证号，请填写您现用居民身份证上的18位号码。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters; you entered %1. Please check for missing or extra digits.</source>
        <translation>身份证号应为18位，您输入了 %1 位，请检查是否漏填或多填。</translation>
    </message>
    <message>
        <source>The first two digits of the ID number (%1) are not a province code. Please check them.</source>
        <translation>身份证号前两位（%1）不是有效的省级行政区划代码，请核对。</translation>
    </message>
    <message>
        <source>No ID number starting with 71 is issued. Residents of Taiwan enter the number of their residence permit, which starts with 830000.</source>
        <translation>不存在以71开头的身份证号。台湾居民请填写台湾居民居住证号码（以830000开头）。</translation>
    </message>
    <message>
        <source>A residence permit number for Hong Kong, Macao or Taiwan residents starts with exactly %1, not %2. Please check the first six digits.</source>
        <translation>港澳台居民居住证号码的前六位只能是%1，您填写的是%2。请核对前六位。</translation>
    </message>
    <message>
        <source>The first six digits of the ID number (%1) name only a province; digits 3 to 6 give the city and county and cannot be 0000. Please check them.</source>
        <translation>身份证号前六位（%1）只是省级代码：第3至6位是市、县代码，不能为0000。请核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of the ID number (%1) are not a valid date of birth. Please check them.</source>
        <translation>身份证号第7至14位（%1）不是有效的出生日期，请核对。</translation>
    </message>
    <message>
        <source>The 18th character of the ID number (the check digit) should be %1. Please check the number and enter it again.</source>
        <translation>身份证号第18位校验码应为 %1，请核对后重新输入。</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Please enter the name exactly as it appears on the ID card.</source>
        <translation>请按身份证上的姓名填写。</translation>
    </message>
    <message>
        <source>A name cannot contain digits. Please remove them.</source>
        <translation>姓名中不能含有数字，请删除。</translation>
    </message>
    <message>
        <source>A name cannot contain spaces. Separate the parts of a minority name with the middle dot ·.</source>
        <translation>姓名中不能含有空格。少数民族姓名各部分之间请用间隔号“·”分隔。</translation>
    </message>
    <message>
        <source>The name contains “%1”, which is not a Chinese character. Enter the name exactly as it appears on the ID card.</source>
        <translation>姓名中的“%1”不是汉字，请按身份证上的姓名填写。</translation>
    </message>
    <message>
        <source>The middle dot · may only stand between two parts of a name, once each time. Please correct it.</source>
        <translation>间隔号“·”只能出现在姓名两部分之间，且不能连续使用，请修改。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters. Please check it.</source>
        <translation>姓名超过了 %1 个字，请核对。</translation>
    </message>
</context>
<context>
    <name>PriorDiploma</name>
    <message>
        <source>Please enter the number printed on your prior diploma.</source>
        <translation>请填写前置学历毕业证书上的证书编号。</translation>
    </message>
    <message>
        <source>The diploma number is longer than %1 characters. Please enter only the number printed on the diploma.</source>
        <translation>毕业证编号超过了 %1 个字符，请只填写毕业证书上印的编号。</translation>
    </message>
    <message>
        <source>The diploma number does not follow the 18-digit layout used since 2002. That is normal for older diplomas; otherwise please check the number.</source>
        <translation>该毕业证编号不符合2002年起使用的18位编号规则。较早颁发的毕业证属正常情况，否则请核对编号。</translation>
    </message>
    <message>
        <source>Digits 7 to 10 of the diploma number give the year %1, but the graduation date is in %2. Please check the number and the graduation date.</source>
        <translation>毕业证编号第7至10位表示的毕业年份为 %1 年，而填写的毕业时间在 %2 年，请核对证书编号和毕业时间。</translation>
    </message>
    <message>
        <source>Please enter the graduation date printed on your prior diploma.</source>
        <translation>请填写前置学历毕业证书上的毕业时间。</translation>
    </message>
    <message>
        <source>The graduation date %1 is in the future. Please enter the date printed on the diploma.</source>
        <translation>毕业时间 %1 晚于今天，请填写毕业证书上的日期。</translation>
    </message>
    <message>
        <source>The graduation date %1 is before your 14th birthday. Please check the date.</source>
        <translation>毕业时间 %1 早于您年满14周岁的日期，请核对。</translation>
    </message>
    <message>
        <source>Please enter the school that issued the diploma, as printed on it.</source>
        <translation>请按毕业证书填写颁发证书的毕业院校。</translation>
    </message>
    <message>
        <source>The school name has %1 characters; at most %2 are allowed. Please enter it as printed on the diploma.</source>
        <translation>毕业院校名称有%1个字，最多%2个字。请按毕业证书上的名称填写。</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>毕业院校名称</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>school or employer of %1</source>
        <translation>%1的学校或工作单位</translation>
    </message>
    <message>
        <source>role of %1</source>
        <translation>%1的职务或身份</translation>
    </message>
    <message>
        <source>witness of %1</source>
        <translation>%1的证明人</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第%1条记录</translation>
    </message>
    <message>
        <source>The resume is empty. Add your schools and jobs from secondary school until today.</source>
        <translation>本人简历为空，请从初中起至今依次填写学习和工作经历。</translation>
    </message>
    <message>
        <source>In %1 the start is missing or not a valid year and month. Choose its year and month (for example 2015-09).</source>
        <translation>%1的起始时间未填写或不是有效的年月，请选择起始年份和月份（例如 2015 年 9 月）。</translation>
    </message>
    <message>
        <source>In %1 the end is missing or not a valid year and month. Choose its year and month, or "until now".</source>
        <translation>%1的截止时间未填写或不是有效的年月，请选择截止年份和月份，或选择“至今”。</translation>
    </message>
    <message>
        <source>%1 has a date in the future. For what you are doing now, choose "until now" as the end.</source>
        <translation>%1的时间晚于本月。当前的经历请将截止时间选为“至今”。</translation>
    </message>
    <message>
        <source>In %1 the start %2 is after the end %3. Please swap or correct the dates.</source>
        <translation>%1的起始时间 %2 晚于截止时间 %3，请调换或更正。</translation>
    </message>
    <message>
        <source>In %1 the school or employer is missing.</source>
        <translation>%1未填写学校或工作单位。</translation>
    </message>
    <message>
        <source>In %1 the role is missing (for example student, teacher or clerk).</source>
        <translation>%1未填写职务（例如学生、教师、职员）。</translation>
    </message>
    <message>
        <source>In %1 the witness is missing: name someone who can confirm this period.</source>
        <translation>%1未填写证明人，请填写能证明这段经历的人。</translation>
    </message>
    <message>
        <source>%1 starts before %2. Please list the entries from the earliest to the latest.</source>
        <translation>%1的起始时间早于%2，请按时间先后顺序排列。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) and %4 (from %5) overlap. Please correct the dates so that one period ends before the next begins.</source>
        <translation>%1（%2 至 %3）与%4（自 %5 起）时间重叠，请更正，使前一段经历结束后下一段才开始。</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Between %1 and %2 there are %3 months without an entry. If you were, for example, unemployed or at home, add an entry for that period.</source>
        <translation>%1与%2之间有 %3 个月没有记录。如这段时间待业或在家，请为其补充一条记录。</translation>
    </message>
    <message>
        <source>The last entry must run until now: set the end of %1 to "until now", or add an entry for what you do now.</source>
        <translation>最后一条记录应截至今天：请将%1的截止时间设为“至今”，或补充一条当前经历。</translation>
    </message>
    <message>
        <source>The resume data could not be read (%1 at byte %2).</source>
        <translation>无法读取简历数据（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The resume data is not a list of entries.</source>
        <translation>简历数据格式有误：不是记录列表。</translation>
    </message>
    <message>
        <source>The resume has more than %1 entries.</source>
        <translation>简历记录超过 %1 条。</translation>
    </message>
    <message>
        <source>In the resume data, %1 is not an object.</source>
        <translation>简历数据中%1格式有误（不是对象）。</translation>
    </message>
    <message>
        <source>In the resume data, "%1" of %2 is not text.</source>
        <translation>简历数据中%2的“%1”不是文本。</translation>
    </message>
    <message>
        <source>In the resume data, a date of %1 is not YYYY-MM.</source>
        <translation>简历数据中%1的日期不是“年-月”（YYYY-MM）格式。</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>self-assessment</source>
        <translation>自我鉴定</translation>
    </message>
    <message>
        <source>The self-assessment has %1 visible characters but takes %2 storage units, more than the %3 allowed: it holds many invisible characters such as zero-width spaces. Please delete them.</source>
        <translation>自我鉴定只有 %1 个可见字符，却占用 %2 个存储单位，超过允许的 %3 个：其中含有大量零宽空格等不可见字符。请删除这些字符。</translation>
    </message>
    <message>
        <source>The self-assessment has %1 characters; it needs at least %2. Please write %3 more.</source>
        <translation>自我鉴定目前 %1 字，至少需要 %2 字，请再补充 %3 字。</translation>
    </message>
    <message>
        <source>The self-assessment has %1 characters; at most %2 are allowed. Please shorten it by %3.</source>
        <translation>自我鉴定目前 %1 字，最多允许 %2 字，请删减 %3 字。</translation>
    </message>
    <message>
        <source>The self-assessment contains %1 character(s) that cannot be printed into the archive (emoji, control or private-use characters). Please delete the highlighted characters.</source>
        <translation>自我鉴定中有 %1 个字符无法打印进档案（表情符号、控制字符或自造字），请删除标出的字符。</translation>
    </message>
</context>
<context>
    <name>TextCount</name>
    <message>
        <source>The text is not valid UTF-8 (first bad byte at offset %1). Save it as UTF-8 and try again.</source>
        <translation>文本不是有效的 UTF-8 编码（第一个错误字节位于偏移 %1 处），请以 UTF-8 编码保存后重试。</translation>
    </message>
</context>
</TS>
