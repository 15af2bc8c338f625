/// Chinese person-name data: surnames (single and compound), honorifics, cue phrases and stop characters.
///
/// A surname alone never makes a name: surname characters are everywhere in ordinary words (方法, 高兴,
/// 王国). A name is taken only after a cue phrase (我叫, 姓名：, 联系人…) or before an honorific (先生, 老师…).
enum ChineseNames {
    /// `list` (phrases between spaces and newlines) followed by the traditional spellings of each phrase (联络人 as
    /// 聯絡人, 负责 as 負責, 司马 as 司馬), from ``TraditionalChinese``: text in traditional characters writes the same
    /// cues and surnames. At most eight spellings of a phrase; with `minimumLength` 2, none of the one-character
    /// phrases (說 after 顧問 would read the word as a name, as 说 after 顾问 can). With `newStartsOnly`, only spellings
    /// that start with another character (負責, not 老師): a phrase table keyed by first character then asks simplified
    /// text no more phrases than before.
    static func withTraditionalSpellings(_ list: String, minimumLength: Int = 1, newStartsOnly: Bool = false) -> String
    {
        var out = list
        for phrase in list.split(whereSeparator: { $0 == " " || $0 == "\n" })
        where phrase.unicodeScalars.count >= minimumLength {
            var spellings = [""]
            for u in phrase.unicodeScalars {
                // Traditional text writes every character traditionally: no spelling mixes the two.
                let forms = traditionalOf[u.value] ?? [u]
                spellings = Array(spellings.flatMap { s in forms.map { s + String($0) } }.prefix(8))
            }
            for spelling in spellings
            where spelling != phrase && !(newStartsOnly && spelling.unicodeScalars.first == phrase.unicodeScalars.first)
            {
                out += " " + spelling
            }
        }
        return out
    }

    /// `words` and the traditional spellings of those written in Chinese (号码 as 號碼, 订单 as 訂單), for the context
    /// words of the number recognizers.
    static func withTraditionalSpellings(_ words: [String]) -> [String] {
        let chinese = words.filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 } && !$0.contains(" ") }
        let known = Set(words)
        let spellings = withTraditionalSpellings(chinese.joined(separator: " ")).split(separator: " ").map(String.init)
        return words + spellings.filter { !known.contains($0) }
    }

    /// The traditional spellings of each simplified character (发: 發, 髮), from ``TraditionalChinese``.
    static let traditionalOf: [UInt32: [Unicode.Scalar]] = {
        var out = [UInt32: [Unicode.Scalar]]()
        for (t, s) in zip(TraditionalChinese.traditional.unicodeScalars, TraditionalChinese.simplified.unicodeScalars) {
            out[s.value, default: []].append(t)
        }
        return out
    }()

    static let singleSurnames = """
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖\
        贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷\
        詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农\
        司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池\
        查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国\
        狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於\
        呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由
        """

    static let compoundSurnames = withTraditionalSpellings(
        """
        欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 独孤 南宫 西门 端木 百里 呼延 万俟 闻人 澹台 公冶 \
        宗政 濮阳 淳于 单于 太叔 申屠 钟离 赫连 司空 拓跋 东郭 第五 公羊 梁丘 左丘 谷梁 羊舌 微生 鲜于 闾丘 子车 亓官 巫马 乐正
        """)

    /// Compound surnames that are not also everyday words (unlike 东方 "east", 第五 "fifth", 百里): followed by
    /// one or two given-name characters they make a name even without a cue.
    static let distinctiveCompoundSurnames = withTraditionalSpellings(
        """
        欧阳 司马 诸葛 上官 皇甫 尉迟 公孙 慕容 宇文 司徒 夏侯 轩辕 令狐 独孤 端木 呼延 澹台 钟离 赫连 拓跋 申屠 濮阳 淳于
        """)

    /// Titles written after a surname or full name.
    static let honorifics = withTraditionalSpellings(
        """
        先生 女士 小姐 老师 医生 经理 教授 同学 律师 主任 博士 阿姨 师傅 太太 夫人 院长 校长 局长 处长 科长 部长 董事长 总监 \
        警官 护士 大夫 总经理 总裁 老板 大爷 大妈 叔叔 工程师 书记 主管 会计 总 家长
        """,
        newStartsOnly: true)

    /// Greetings written right before a name (你好仇明, 亲爱的王芳): evidence for a name after them, like a title
    /// (主任聂建华), weighed by the fit of scripts/gen-chinese-context.py.
    static let leadingCues = withTraditionalSpellings(
        """
        你好 您好 亲爱的 嗨 哈喽
        """,
        newStartsOnly: true)

    /// Labels after which the following 2–4 characters are a name even without a listed surname.
    static let labelCues = withTraditionalSpellings(
        """
        姓名 联系人 收件人 寄件人 发件人 收货人 负责人 经办人 申请人 持卡人 开户名 户名 署名 签名 名字 我叫 名叫 叫做 我的名字是 \
        我的名字叫 本人 乘客 乘机人 入住人 投保人 被保险人 受益人 法定代表人 法人代表 紧急联系人 联络人 报案人 患者姓名 客户姓名
        """,
        newStartsOnly: true)

    /// Phrases after which a name must start with a listed surname (我是学生 is not a name).
    static let surnameCues = withTraditionalSpellings(
        """
        我是 尊敬的 亲爱的 致 客户 患者 用户 同事 朋友 老板 员工 学生 病人 业主 租客 房东 联系 请联系 找 通知 感谢 谢谢 \
        转告 告诉 问问 问下 交给 转给 寄给 发给 送给 打给 抄送 同学 邀请 拜访 见到 遇到 认识
        """,
        newStartsOnly: true)

    /// What may follow a name (surname + given name) and shows it is one: 张伟的电话, 李娜说, 王芳今天请假 (a time
    /// word right after a surname-led pair marks a subject: 张伟明天来 is 张伟, tomorrow).
    static let trailingCues = withTraditionalSpellings(
        """
        的电话 的手机 的邮箱 的地址 的身份证 的银行卡 的卡号 的微信 的账号 的账户 的护照 的生日 的工号 的订单 \
        说 打电话 来电 发邮件 回复 确认 负责 同意 表示 提到 先生 女士 \
        的简历 的照片 的名字 的签名 的合同 的病历 的档案 的资料 的信息 的工资 的家 的孩子 的妈妈 的爸爸 的妻子 \
        的丈夫 的朋友 的同事 的老板 的帮助 的建议 的意见 的邮件 的快递 的包裹 通完话 通了电话 通电话 通过电话 您好 你好
        """,
        minimumLength: 2, newStartsOnly: true)

    /// Phone words after a name that, before the number itself, show it is one: 林凯手机1391…, 老林新號碼5584… (see
    /// `Scan.phoneCueAfterName(at:)`).
    static let phoneCuesAfterName: [[UInt8]] = withTraditionalSpellings(
        "手机 座机 电话 号码 新号码 新手机 手机号 电话号码 手机号码"
    ).split(separator: " ").map { Array($0.utf8) }.sorted { $0.count > $1.count }

    /// Time words that, right after a surname-led pair whose given-name characters are all common in names, mark
    /// it as the subject of the sentence: 王芳今天请假, 张伟明天来 (张伟, tomorrow). The character check keeps nouns
    /// out (马路今天封闭, 金价今天上涨: 路 and 价 are not name characters).
    static let timeWords = """
        今天 明天 昨天 后天 上午 下午 晚上 早上 中午 刚才 刚刚 已经 下周 上周 明年 去年 今年 最近 下个月 上个月 下星期 \
        上星期 今晚 明早 明晚 周末
        """

    /// Verbs and adverbs that, right after a surname-led pair of given-name characters, make it the subject of the
    /// sentence: 王伟说, 李娜去了, 张强负责, 欧阳明也来.
    static let subjectVerbs = """
        说 讲 问 告诉 回答 回复 表示 提到 认为 觉得 希望 同意 建议 打电话 打给 发来 发给 发了 去 来 到 在 要 想 让 把 \
        给 找 写 做 买 带 负责 安排 帮 请 刚 也 都 还 会 能 可以 正在 已 没 不 需要 喜欢 知道 是 先 再 又 就 才 将 被 \
        对 向 从 叫 等 一起 一直 马上 出差 请假 加班 开会 离职 入职 生病 住院 你 您 借 回 签 交 付 收 用 看 打 发 的 换
        """

    /// Words right before a surname-led pair that make it the object of a verb or preposition: 给王伟, 找李娜, 问张强,
    /// 和刘洋, 跟赵敏. The pair must also end where a name can (a particle, a verb, punctuation).
    static let objectCues = withTraditionalSpellings(
        """
        给 找 问 和 跟 与 同 叫 让 请 帮 陪 替 向 对 由 把 被 见 及 或 通知 联系 提醒 麻烦 介绍 推荐 转告 感谢 谢谢 邀请 \
        认识 拜访 遇到 见到 告诉 答复 回复 抄送 交给 转给 寄给 发给 送给 打给 还有 以及 了 是 一下 协助 配合 陪同 问下
        """,
        minimumLength: 2, newStartsOnly: true)

    /// Words that ask someone to do something, after which a given name alone is a person when a request follows
    /// (问志强一下, 叫建军过来, 让秀英来一下): see `Scan.givenNameAlone(at:_:)`.
    static let givenOnlyCues: [[UInt8]] = ["问问", "告诉", "通知", "提醒", "问", "叫", "找", "让", "请", "喊", "催"].map {
        Array($0.utf8)
    }

    /// Whether `u` starts one of ``givenOnlyCues``: a switch, since it is asked at every Chinese character.
    @inline(__always) static func isGivenOnlyCueStart(_ u: UInt32) -> Bool {
        switch u {
        case 0x95EE, 0x544A, 0x901A, 0x63D0, 0x53EB, 0x627E, 0x8BA9, 0x8BF7, 0x558A, 0x50AC: return true  // 问告通提叫找让请喊催
        default: return false
        }
    }

    /// What the request after such a name starts with.
    static let givenOnlyRequests: [[UInt8]] = ["一下", "过来", "过去", "来一下", "帮忙", "帮我", "回个电话", "回电话"].map {
        Array($0.utf8)
    }

    /// Sign-offs after which a name alone on a later line is the writer: 此致\n敬礼！\n王伟.
    static let closings = withTraditionalSpellings(
        "此致 敬礼 祝好 顺祝商祺 顺颂商祺 谢谢 祝商祺 此致敬礼", newStartsOnly: true)

    /// Characters that open two-character given names (王小明, 张天佑, 潘想杰) but are words of their own (小, 天, 想):
    /// name characters only when a given-name character follows.
    static let innerGivenCharacters = "小天想"

    /// The hundred most frequent surnames (Ministry of Public Security, 2020), less 马: with 老 or 小 before them
    /// they are someone (老张, 小史) even where the dictionary lists the pair as a rare word; 小马 is a pony.
    static let frequentSurnames = """
        王李张刘陈杨黄赵吴周徐孙朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪\
        廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤
        """

    /// Characters common in given names (not a list of every one: a pair made of others needs a stronger cue).
    static let givenNameCharacters = """
        伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华霞平刚桂兰玉萍红建国东文辉鑫宇浩鹏斌宁晨欣怡佳琳雪梅莉婷燕玲琴云凤洁丹\
        颖晶璐倩慧蕾薇茜蓉雯菲瑶妍悦萱涵轩子梓诗雨思嘉晓春秋冬海波峰山林森龙虎志永德福寿荣贵富安康乐顺成立新光亮\
        正义忠信礼仁智勤俊毅武彬豪凯航翔飞腾博睿哲晗铭泽瀚昊煜烨皓然灿骏帆远达宏鸿坤琪瑞祥裕泰盛庆民生学兵力利清\
        冰月星阳辰溪泉江宝珠钰锦绣彩芝莲荷菊桃杏竹松柏枫青紫美娇媛婉淑贤惠巧雅琼瑾璇琦瑜珊珍晴芸蕊芬茹萌露霏岚楠\
        柔琰凡磊鹰彤昕妮倪蓓颜馨媚娴晏旭晖奇俐嫣翠苗舒宜昭逸尧舜禹麟骁驰钧铮锋锐靖婕璐珏琛瑛玮玥
        """

    /// Everyday words that begin with a surname character and must not be read as names after a cue.
    static let commonWords = """
        方法 方式 方面 方向 方案 方便 高兴 高度 高级 高速 王国 金额 金融 时间 时候 安全 安排 文件 文化 明天 明白 常见 常用 \
        平时 平台 和平 马上 黄金 白天 白色 万一 于是 江湖 周末 周围 向前 成功 成为 成本 程序 程度 管理 关于 关系 关注 \
        包括 包装 原因 原来 全部 全面 公司 公开 强调 车辆 路上 路线 司机 海外 海关 国家 国际 国内 花费 花园 计划 计算 \
        祝福 卫生 武器 戴上 温度 康复 施工 文字 易于 乔迁 庞大 颜色 庄重 章节 鲁莽 岳父 殷勤 申请 兰花 焦虑 俞加 \
        左边 柳树 甘心 祝贺 包含 宁愿 尚未 符合 舒服 柯南 纪念 梅花 童年 凌晨 毕业 单位 季度 裴然 霍乱 成绩 苗条 谷歌 \
        盛大 曲线 翁婿 冉冉 蓝色 路由 游戏 辛苦 管道 柴油 蒙古 华为 华人 喻为 房间 房子 屈服 解决 解释 艾滋 尤其 阳光 \
        时代 穆斯 农业 司法 卓越 古代 吉祥 简单 车站 项目 连续 麦当 景点 党员 宫殿 费用 卜卦 冷静 席位 卫星 米饭 柏林 \
        宗教 全国 应该 应用 边境 卞和 师傅 和谐 商品 商量 沙发 荣幸 桑拿 郎中 仲裁 明确 池塘 查询 查看 麻烦 苑囿 迟到 \
        官方 封面 谈话 鞠躬 惠普 乐观 冀望 郁闷 南方 班级 原则 燕子 楚楚 劳动 皮肤 满意 闻到 位置 海洋 花钱 权利 强烈 \
        豆腐 盖章 练习 井然 祖国 巴士 丰富 支付 卿卿 国外 平安 计较 索引 宣传 晋升 相信 相关 初步 门口 云端 容易 敬礼 \
        来自 来源 都是 普通 戈壁 伏特 鹿茸 薄荷 雍正 危险 玉米 银行 隆重 公众 利用 利息 呼吸 居住 居然 干净 但是 斯文 \
        元素 衣服 信息 信用 展示 阴天 智能 幸福 奉献 富有 由于 江苏 黄色 石头 田地 余额 叶片 程度 苏州 魏国 吕布 \
        明年 明早 明晚 大家 一起 一下 现在 正在 刚才 刚刚 立刻 最近 经常 总是 每天 下午 上午 晚上 早上 中午 今晚 一直 \
        马上 已经 忽然 突然 顺便 终于 果然 仍然 依然 比较 非常 特别 \
        周一 周二 周三 周四 周五 周六 周日 周天 周期 周年 周边 周到 周全 许多 许久 许可 钟表 钟头 钟点 杨树 杨梅 \
        林业 林地 张开 张贴 张望 钱包 钱财 何时 何必 何况 何处 丁点 丁香 叶子 石油 田野 黄河 黄昏 黄瓜 马桶 马车 \
        高铁 高考 高中 高手 高温 金鱼 金属 金牌 常识 常规 毛巾 毛病 毛衣 孔雀 胡同 胡须 江南 云南 宋体 花鸡 \
        叫花 花生 花椒 谢谢 谢绝 陆续 陆地 温暖 温柔 洪水 雷雨 雷电 康乃 夏天 夏季 秋天 冬天 春天 白菜 白酒 龙虾
        """

    /// People named by their role, rank or relation that begin with a surname character; jieba tags many of them as
    /// names (师兄, 司仪), so the score's dictionary cannot tell them from 李娜.
    static let roleWords = """
        师兄 师姐 师弟 师妹 师哥 师父 师母 师娘 师叔 师伯 师爷 师公 师奶 师尊 师祖 师长 严师 恩师 董秘 董事 高管 高层 \
        司仪 司机 司令 司长 司库 马夫 马倌 车夫 车主 金主 童星 路人 顾问 顾客 管家 房东 房客 房主 屠夫 樵夫 渔夫 船夫 \
        农夫 农户 商贩 商家 宾客 贵宾 游客 伴郎 伴娘 包工 门卫 门房 保安 保姆 保镖 秘书 官员 干部 干爹 干妈 舅舅 舅妈 \
        姑姑 姑妈 姑父 叔叔 婶婶 伯伯 伯母 姨妈 姨父 阿姨 阿公 阿婆 祖父 祖母 孙女 孙儿 公公 婆婆 堂哥 堂姐 表哥 表姐 \
        向导 刑警 狱警 裁判 仲裁 教练 学长 学姐 学弟 学妹 常客 熟客 房管 物管 柜员 帮厨 厨师 花匠 木匠 铁匠 石匠 \
        车手 骑手 乘客 路霸 班长 班主 排长 连长 营长 团长 旅长 师座 军长 司务 管事 账房 掌柜 东家 伙计 小二 杂役
        """

    /// Characters that end a name (particles, pronouns, common verbs, punctuation-like).
    static let stopCharacters = """
        的了是在和与及跟同从来去说住要想有也都很就会能可请给把被让对向于为以或但而你我他她它们这那哪什么吗呢吧啊呀哦嗯电手邮地号岁年月日\
        今昨天个位这些那些将已还再又只才并且等着过到上下里中前后不没别所如若因此即便今后先女老医经教同律主博师太夫院校局处科部董警护\
        打发收寄联系负责办申持开户署签名字本乘入投保受法紧急报患客姓叫做谢感问告诉委托介绍致尊敬亲爱用员学病业租房转交找通知由
        """
}
