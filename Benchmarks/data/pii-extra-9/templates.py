"""Hand-written material for the pii-extra-9 corpus (Chinese look-alikes of person names).

Everything in this file was written new for this corpus.

Template syntax (one template per line in TEMPLATES, "CN|text" for zh_CN in simplified characters,
"TW|text" for zh_TW in traditional characters; a literal "\\n" in the text is a line break):

  [kk:value]     a literal look-alike planted in the text. kk is one of the KIND_CODES below
                 (ew everyday_word, st street, pl place, br brand, sh shop, di dish, ti title,
                 hf historical_figure, ch character, hp historical_period, dt date, tm time ...).
  {pool}         a look-alike drawn from a word pool (lower-case name, see POOLS / POOLS_TW; a zh_TW template
                 uses the pool of the same name in POOLS_TW). Within one prompt a pool never repeats a value.
  {DATE} {DATEL} {MD} {WD} {TIME} {PRICE} {PCT} {ORDER} {INVOICE} {TRACK} {VER} {TRAIN} {FLIGHT}
  {ROOM} {QTY:unit} {DUR} {TEMP} {ERR} {MATH} {STNO}
                 generated look-alikes (see generate.py).
  {P1} {P2} {P3} full person names (PERSON), {G1} {G2} the given name alone of person 1 / 2 (always
                 two characters), {PH1} {PH2} phone numbers (region CN for zh_CN, TW for zh_TW;
                 {PH1:HK} {PH1:TW} {PH1:CN} force a region, {PH1:glue} writes the bare digits glued to
                 the Chinese text), {EM1} {EM2} e-mail addresses.

Templates with no PII slot produce the no-PII prompts.
"""

KIND_CODES = {
    "ew": "everyday_word", "st": "street", "pl": "place", "br": "brand", "sh": "shop", "di": "dish",
    "ti": "title", "hf": "historical_figure", "ch": "character", "hp": "historical_period",
    "dt": "date", "tm": "time", "pr": "price", "pc": "percentage", "or": "order_number",
    "tk": "tracking_number", "ve": "version", "tr": "train_number", "fl": "flight_number",
    "rm": "room_number", "qt": "quantity", "er": "error_code", "ma": "math",
}

# Surname characters as listed in the brief, plus 平 and 云 (both real surnames; the brief's own examples
# 平安 and 云朵 start with them). TRAD_SURNAME_CHARS are the traditional forms of those that differ.
SURNAME_CHARS = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "平云"
)
TRAD_SURNAME_CHARS = (
    "馬黃陳張劉楊趙吳孫許鄭韓馮鄧蕭葉蘇呂盧鍾鐘譚陸賈韋鄒龍閆顧萬錢嚴湯溫莊聶歐關蘭寧紀單駱藍鮑華饒農簡車項連蘆"
    "麥婁竇黨費衛應閔鄔邊師欒榮鞏遲鄺龔賀陽蔣羅謝畢喬龐顏齊時繆叢魯"
)

# Named look-alikes that are in the brief's own example list although none of their characters is a
# surname character; they are named after people or read like names (老干妈 = the founder's nickname,
# 东坡肉 = 苏东坡, 《琅琊榜》 ...).
NAMED_EXEMPT = {"老干妈", "叫花鸡", "西红柿炒鸡蛋", "东坡肉", "东坡肘子", "《琅琊榜》", "東坡肉", "《琅琊榜》",
                "中山路", "中山北路", "中山北路二段"}

COMPOUND_SURNAMES = {
    "zh_CN": ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "令狐", "夏侯", "公孙", "长孙",
              "宇文", "尉迟", "端木", "独孤", "南宫", "西门"],
    "zh_TW": ["歐陽", "司馬", "諸葛", "上官", "東方", "皇甫", "慕容", "司徒", "令狐", "夏侯", "公孫", "長孫",
              "宇文", "尉遲", "端木", "張簡", "范姜"],
}

EMAIL_DOMAINS = {
    "zh_CN": ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "sohu.com", "yeah.net", "139.com",
              "outlook.com", "gmail.com", "hr.lanshan-tech.com", "mail.huaxin-logistics.cn", "bjyz-edu.cn",
              "sz-tianhe.com.cn", "cs.yunfan-soft.com", "mail.qingmu-design.cn", "xinghe-pharma.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "ms15.hinet.net", "hotmail.com", "outlook.com", "sunriver.com.tw",
              "mail.tachung-edu.tw", "pm.yungho-trading.com.tw"],
    "HK": ["netvigator.com", "yahoo.com.hk", "hkbn.net", "harbourline.com.hk"],
}


def _w(s):
    return s.split()


# ---------------------------------------------------------------------------------------------------------
# Word pools, simplified (zh_CN).  Every everyday_word starts with a surname character.
# ---------------------------------------------------------------------------------------------------------
POOLS = {
    # everyday words ------------------------------------------------------------------------------------
    "food": ("everyday_word", _w("""
        牛奶 牛肉 牛排 牛腩 牛肉干 牛轧糖 牛油果 马铃薯 马蹄 马卡龙 黄瓜 黄豆 黄油 黄桃 黄鱼 黄酒 黄花菜
        白菜 白糖 白粥 白萝卜 白巧克力 米饭 米粉 米线 米酒 米糕 龙虾 龙眼 龙井茶 杨梅 杨桃 李子 桑葚 石榴
        金桔 金针菇 金枪鱼 柳橙 甘蔗 包子 包菜 汤圆 汤包 汤面 田螺 麻花 麻薯 冷面 桂圆 桂花糕 桂花酒酿
        梅子 梅干菜 蓝莓 葛根粉 芦笋 麦片 麦芽糖 毛豆 毛肚 姜茶 苏打水 苏打饼干 鲍鱼 方便面 沙拉 沙琪玛
        沙丁鱼 胡萝卜 胡椒粉 艾草青团 柴鸡蛋 焦糖布丁 戚风蛋糕 章鱼小丸子 车厘子 蒲公英茶 谷物棒 黄桃罐头""")),
    "thing": ("everyday_word", _w("""
        钱包 钟表 毛巾 毛衣 毛毯 牛仔裤 白衬衫 车钥匙 项链 连衣裙 沙发 房卡 文件夹 文具盒 麦克风 吉他
        易拉罐 涂改液 颜料 蓝牙耳机 纪念品 蒲扇 卫生纸 温度计 安全帽 安全带 唐装 申请表  童装 童车
        宫灯 米尺 应急灯 沙漏 古董 古筝 阳伞 时钟 尤克里里 景泰蓝 席子 卫衣 马甲 马克杯 白板笔 蓝牙音箱
        万能胶 万用表 万花筒 石膏像 沙袋 汤锅 汤勺 全身镜 游泳圈 单反 单肩包 丛书 毕业证 冷风扇 温水壶
        孔明灯 金鱼缸 麻袋 麻绳 车载支架 雷达表 柴火灶""")),
    "placew": ("everyday_word", _w("""
        路口 马路 车站 商场 路边 江边 池塘 房间 阳台 卫生间 车库 石桥 林荫道 胡同 田野 农村 沙滩 宫殿
        庄园 丛林 高速 高铁站 关口 边境 左边 景点 景区 游乐园 游泳馆 武馆 商店 路段 车厢 单位 农场 牛棚
        马厩 谷仓 池边 江面 石阶 车间 连廊 包厢 包间 高架 高原 高层 林区 林场 田埂 路牌 商圈 商业街 商铺
        边上 左侧 温室 冷库 房顶 车棚""")),
    "role": ("everyday_word", _w("""
        司机 师傅 管家 管理员 董事长 顾问 顾客 农民 游客 商家 商人 房东 房客 车主 程序员 武警 卫兵 文员
        司仪 钟点工 师兄 师姐 师妹 师弟 师父 和尚 郎中 巫师 商贩 车夫 马夫 向导 卫生员 全职妈妈 华侨 宫女
        童星 董秘 高管 高手 高人 高僧 严师 游人 农夫 农户 商户 车友 牛人 金主 龙套 路人 路人甲 常客
        单身狗 房产中介 施工队 管理层 武林高手 司令""")),
    "doc": ("everyday_word", _w("""
        文件 方案 简历 简报 纪要 周报 季报 文档 文案 白皮书 路线图 明细表 项目书 时间表 单据 章程 蓝图
        项目表 曲线图 申报表 方案书 文件包 章节 简报稿 全文稿 明细""")),
    "money": ("everyday_word", _w("""
        费用 成本 单价 金额 余额 费率 余款 应收款 房贷 房租 车险 车费 房费 管理费 全款 房款 车贷""")),
    "misc": ("everyday_word", _w("""
        程序 项目 任务 安排 范围 范例 符号 段落 程度 管理 宗旨 周期 季度 曲线 方向 方法 全局 时长 时效
        成品 单号 单元格 程序包 应用 商标 史料 周会 路线 时间线""")),
    "mood": ("everyday_word", _w("""
        高兴 舒服 安心 温暖 焦虑 焦急 辛苦 冷静 舒心 安稳 安逸 开心? 郁闷? 甘心 荣幸""".replace("开心?", "").replace("郁闷?", ""))),
    "comfy": ("everyday_word", _w("舒服 安心 舒适 安稳 安逸 方便 安静 温馨 舒心 宁静 简单 安全")),
    "quality": ("everyday_word", _w("""
        舒适 安静 温馨 简单 华丽 明亮 高级 冷清 宁静 温暖 时尚 时髦 雷人 古怪 古板 齐全 牛气 金贵""")),
    "trait": ("everyday_word", _w("""
        严肃 耿直 鲁莽 和气 和善 温柔 温和 文静 马虎 武断 迟钝 冷淡 毛躁 单纯 成熟 严格 庄重 冷静""")),
    "animal": ("everyday_word", _w("""
        熊猫 孔雀 骆驼 章鱼 金鱼 黄牛 白鹭 白鹅 白兔 黄鹂 麻雀 马驹 牛犊 蓝鲸 沙皮狗 金毛 柴犬 边牧
        田鼠 石斑鱼 华南虎 黄鼠狼 龙猫 白鲸 金丝猴 梅花鹿""")),
    "plant": ("everyday_word", _w("""
        丁香 兰花 梅花   向日葵 常春藤 康乃馨 杜鹃花 桂花树   艾草   石斛
        金银花  黄杨 文竹 龙舌兰 金钱树""")),
    "nature": ("everyday_word", _w("""
        雷雨 雷阵雨 雷电 高温 冷空气 梅雨 沙尘暴 龙卷风 雷暴 冷锋 平流雾 黄沙 白雪 雷声""")),
    "hobby": ("everyday_word", _w("""
        游泳 武术 麻将 吉他 古筝  马术  陶艺   曲艺 黄梅戏 秦腔 单板滑雪 古琴 高尔夫
        """)),
    "later": ("everyday_word", _w("明天 明早 明晚 明年 明后天 周末 夏天")),
    "task": ("everyday_word", _w("""
        安排 安装 查询 包装 查看 解释 解锁 解压 张罗 连接 申请 冷藏 陈列 张贴 涂改 查收 申报 查重 查验
        解绑 解冻 包扎 温习 管理""")),
    "wish": ("everyday_word", _w("""
        马到成功 龙马精神 万事如意 金玉满堂 安居乐业 平安喜乐 和和美美 吉祥如意 万象更新 白头偕老 金榜题名
        马上有钱 龙腾虎跃 文思泉涌 宁静致远 金玉良缘 郎才女貌 高朋满座 平步青云 向阳而生 牛气冲天 万事顺意
        安康如意 龙凤呈祥 年年? """.replace("年年?", ""))),
    "idiom": ("everyday_word", _w("""
        石破天惊 车水马龙 杨柳依依 柳暗花明 明察秋毫 安然无恙 胡说八道 胡思乱想 马马虎虎 毛手毛脚 龙争虎斗
        全力以赴 全心全意 成竹在胸 马不停蹄 齐心协力 雷厉风行 雷打不动 万无一失 连绵不断 甘拜下风 谢天谢地
        包罗万象 牛刀小试 金蝉脱壳 毛遂自荐 程门立雪 孟母三迁 孔融让梨 庄周梦蝶 叶公好龙 曹冲称象 龙飞凤舞
        高山流水 万紫千红 江郎才尽 马失前蹄""")),
    "dynasty": ("historical_period", _w("明朝 宋朝 秦朝 周朝 商朝 唐朝 夏朝 隋朝 秦汉 唐宋 明清 隋唐")),
    # named things -------------------------------------------------------------------------------------
    "street": ("street", _w("""
        中山路 中山北路 解放路 和平路 文化路 鲁迅路 黄河路 长江路 金沙江路 江汉路 龙华路 曹杨路 武宁路 宁海路
        岳阳路 常德路 康定路 石门一路 马当路 黄陂南路 顾戴路 华山路 万航渡路 江苏路 余姚路 罗山路 龙阳路
        杨高路 周家嘴路 钱塘路 白石桥路 马连道 金融街 万寿路 苏州街 黄兴路 蔡锷路 左权路 张自忠路 赵登禹路
        佟麟阁路 延安路 王府井大街 牛街 金台路 潘家园路 宋家庄路 石景山路 柳营路 乔家路 方浜中路 梅陇路
        田林路""")),
    "city": ("place", _w("""
        石家庄 常州 温州 金华 苏州 常熟 江阴 宁波 徐州 唐山 吉林 龙岩 梅州 江门 曲阜 武汉 黄冈 岳阳 常德
        张家界 张家口 张家港 桂林 柳州 贺州 成都 万州 安顺 丽江 林芝 西宁 兰州 嘉峪关 包头 平遥 洛阳 郑州
        许昌 周口 商丘 延安 马鞍山 安庆 镇江 景德镇 九江 上饶 吉安 秦皇岛 邢台 连云港 莆田 宁德 韩城
        黄石 白山 齐齐哈尔""")),
    "abroad": ("place", _w("""
        韩国 马来西亚 马尔代夫 罗马尼亚 卢森堡 荷兰 波兰 新西兰 爱尔兰 芬兰 古巴 蒙古 文莱 沙特 黎巴嫩
        马达加斯加 毛里求斯 马耳他 罗马 米兰 柏林 马德里 莫斯科 温哥华 华盛顿 旧金山 关岛""")),
    "sight": ("place", _w("""
        白云机场 龙华寺 黄鹤楼 岳麓山 岳阳楼 滕王阁 雷峰塔 白马寺 孔庙 曹家渡 陆家嘴 徐家汇 田子坊 王府井
        圆明园 秦始皇陵 华清池 钟楼 武侯祠 杜甫草堂 解放碑 黄果树瀑布 阳朔 武夷山 黄山 九华山 华山
        龙门石窟 云冈石窟 莫高窟 鸣沙山 长白山 太阳岛 八大关 大明湖 周庄 苏堤 白堤 宋城 黄龙 玉龙雪山
        石林 滇池 白云山 沙面 陈家祠 黄埔军校 华强北 罗湖 龙岗 朱家角 潘家园 刘家窑 马家堡 魏公村
        杨家坪 赵家楼 周家渡 高家庄 王家湾 李家村""")),
    "brand": ("brand", _w("""
        李宁 周黑鸭 老干妈 周大福 周生生 金六福 谢馥春 马应龙 王老吉 张小泉 陈李济 胡庆余堂 全聚德 华为
        康师傅 农夫山泉 麦当劳 杨国福 张亮麻辣烫 沙县小吃 兰州拉面 卫龙 白象 鲁花 金龙鱼 李锦记 王致和
        安踏 云南白药 汤臣倍健 江小白 孔府家酒 郎酒 古井贡酒 牛栏山 徐福记 沈大成 王家沙 乔家栅 周六福
        明牌珠宝 全季 罗森 苏宁 高德地图 马蜂窝 曹操出行 申通 吉利 荣威 江淮 欧拉 魏牌 华硕 明基 戴尔
        雷蛇 罗技 雷克萨斯 马自达 路虎 林肯 兰博基尼 古驰 路易威登 施华洛世奇 欧莱雅 兰蔻 欧舒丹 舒肤佳
        高露洁 潘婷 沙宣 蒙牛 安慕希 金典 费列罗 麦丽素 荣耀 方正 康佳 金山 金蝶 石墨文档 高途 华图
        万达 万科 龙湖 华润 阳光城 华侨城 方特 万象城 金鹰 华联 麦德龙 欧尚 屈臣氏 顾家家居
        林氏木业 曲美 欧派 尚品宅配 方太 华帝 苏泊尔 戴森 夏普 万和 万家乐 林内 史密斯 俞兆林 高梵
        江南布衣 欧时力 韩都衣舍 乔丹 余额宝""")),
    "shop": ("shop", _w("""
        陈记肠粉 李记面馆 张记馄饨 刘记烧饼 黄记煌 周记牛杂 赵记卤味 孙记包子 马记拉面 何记猪脚饭
        吴记螺蛳粉 林记豆花 郑记牛肉丸 罗记米粉 梁记糖水 谢记烧腊 宋记鸭血粉丝 唐记粥铺 许记鸡煲 韩记串串
        冯记老火锅 邓记水饺 曹记驴肉火烧 彭记冒菜 曾记凉茶 田记豆腐脑 董记鸡排 袁记云饺 潘记烧鹅 蒋记煎饼
        蔡林记 余记烤鱼 杜记甜品 叶记肉松 程记锅盔 魏家凉皮 吕记羊肉泡馍 丁记牛肉面 任记酸菜鱼 姚记炒肝
        卢记鱼丸 钟水饺 谭鸭血 廖记棒棒鸡 贾三灌汤包 杨铭宇黄焖鸡 王婆大虾 马子禄牛肉面 陈麻婆豆腐 龙抄手
        韩包子 张妈妈川菜馆 汪记小馆 范记烧饼铺""")),
    "dish": ("dish", _w("""
        毛血旺 宫保鸡丁 东坡肉 麻婆豆腐 叫花鸡 西红柿炒鸡蛋 黄焖鸡 东坡肘子 文思豆腐 左宗棠鸡 李鸿章杂烩
        宋嫂鱼羹 龙井虾仁 白切鸡 白灼虾 梅菜扣肉 麻辣香锅 麻辣烫 武昌鱼 金陵盐水鸭 阳春面 白斩鸡 姜撞奶
        杨枝甘露 沙茶面 胡辣汤 兰州牛肉面 毛氏红烧肉 温州鱼丸 金华火腿 宁波汤圆 周村烧饼 马蹄糕 潘鱼
        罗汉斋 罗宋汤 韩式拌饭 韩式炸鸡 冷锅串串 陈皮鸭 石锅拌饭 麻酱凉面 黄鱼面""")),
    "book": ("title", _w("""
        《白夜行》 《平凡的世界》 《白鹿原》 《边城》 《骆驼祥子》 《孔乙己》 《雷雨》 《龙须沟》
        《许三观卖血记》 《文化苦旅》 《黄金时代》 《明朝那些事儿》 《万历十五年》 《史记》 《孟子》 《庄子》
        《孙子兵法》 《韩非子》 《白马啸西风》 《连城诀》 《解忧杂货店》 《简·爱》 《安娜·卡列尼娜》
        《罗密欧与朱丽叶》 《汤姆·索亚历险记》 《鲁滨逊漂流记》 《安徒生童话》 《童年》 《祝福》""")),
    "poem": ("title", _w("""
        《岳阳楼记》 《滕王阁序》 《兰亭集序》 《石壕吏》 《江雪》 《孔雀东南飞》 《马说》 《师说》 《关雎》
        《黄鹤楼》 《白雪歌送武判官归京》 《钱塘湖春行》 《江南春》 《游山西村》 《曹刿论战》
        《邹忌讽齐王纳谏》 《陈涉世家》""")),
    "film": ("title", _w("""
        《琅琊榜》 《甄嬛传》 《陈情令》 《司藤》 《何以笙箫默》 《宫锁心玉》 《武林外传》 《康熙王朝》
        《乔家大院》 《白夜追凶》 《白蛇传》 《梁祝》 《包青天》 《阳光灿烂的日子》 《唐山大地震》
        《夏洛特烦恼》 《周处除三害》 《白日焰火》 《路边野餐》 《江湖儿女》 《万箭穿心》 《庆余年》
        《长安十二时辰》 《华灯初上》 《熊出没》 《龙猫》 《白蛇：缘起》 《姜子牙》 《霍元甲》 《叶问》
        《黄飞鸿》 《方世玉》 《苏乞儿》""")),
    "song": ("title", _w("""
        《江南》 《曹操》 《龙卷风》 《简单爱》 《兰亭序》 《明天会更好》 《童话》 《平凡之路》 《成都》
        《白月光》 《安和桥》 《董小姐》 《米店》 《时间都去哪儿了》 《阳光总在风雨后》 《常回家看看》
        《时间煮雨》 《向天再借五百年》 《易燃易爆炸》 《明明就》 《安静》 《宁夏》 《蓝莲花》 《龙的传人》
        《沙漠骆驼》""")),
    "hist": ("historical_figure", _w("""
        李白 杜甫 苏轼 苏东坡 白居易 王维 孟浩然 王安石 欧阳修 辛弃疾 李清照 陆游 范仲淹 韩愈 柳宗元
        曹操 曹植 曹雪芹 刘备 关羽 张飞 诸葛亮 孙权 周瑜 吕布 司马懿 孔子 孟子 庄子 韩非子 秦始皇 唐太宗
        武则天 康熙 岳飞 文天祥 包拯 郑和 戚继光 林则徐 左宗棠 李鸿章 曾国藩 孙中山 鲁迅 胡适 钱钟书 杨绛
        沈从文 郭沫若 徐志摩 林徽因 张爱玲 朱自清 梁启超 蔡元培 詹天佑 钱学森 华罗庚 袁隆平 李时珍 张衡
        蔡伦 毕昇 沈括 徐霞客 司马迁 王羲之 颜真卿 柳公权 齐白石 徐悲鸿 张大千 吴道子 黄公望 唐伯虎
        郑板桥 梅兰芳 姚明 刘翔 邓亚萍 郎平 苏炳添 谷爱凌 全红婵 马龙 樊振东 林丹 丁俊晖 易建联 成龙
        李小龙 周星驰 周杰伦 邓丽君 梅艳芳 巩俐 章子怡 杨紫琼 钟南山 莫言 余华 刘慈欣 金庸 古龙 韩寒
        贾平凹 路遥 陈忠实 史铁生 汪曾祺 陶渊明 屈原 项羽 刘邦 韩信 霍去病 卫青 苏武 杨贵妃 王昭君
        包青天 寇准 施耐庵 罗贯中 吴承恩 蒲松龄 纪晓岚 和珅 冯梦龙 汤显祖 关汉卿 马致远""")),
    "char": ("character", _w("""
        孙悟空 沙僧 沙和尚 唐僧 白龙马 林黛玉 贾宝玉 薛宝钗 王熙凤 史湘云 贾母 刘姥姥 宋江 武松 林冲
        鲁智深 李逵 吴用 杨志 阮小二 张三丰 范闲 梅长苏 甄嬛 孔乙己 范进 严监生 周朴园 鲁侍萍 许三观
        孙少平 孙少安 田晓霞 白嘉轩 白素贞 许仙 梁山伯 祝英台 牛郎 杨戬 姜子牙 雷震子 申公豹 龙王 何以琛
        熊大 熊二 孙小美 钱夫人 唐老鸭 米老鼠 米妮 汤姆猫 史努比 白雪公主 马里奥 路易吉 柯南 毛利兰
        江户川柯南 路飞 乔巴 夏目 黄飞鸿 方世玉 陈真""")),
    "jinyong": ("character", _w("""
        郭靖 黄蓉 杨过 张无忌 令狐冲 韦小宝 段誉 乔峰 周芷若 赵敏 任盈盈 岳不群 陈家洛 胡斐 袁承志 石破天
        宋青书 俞莲舟 殷梨亭 纪晓芙 欧阳锋 黄药师 周伯通 梅超风 柯镇恶 谢逊 殷素素 成昆 莫声谷 武三通
        郝大通 全金发 韩小莹 王语嫣 萧峰 李莫愁 程英 陆无双 郭襄""")),
    # finer pools (used where the generic ones read oddly) -------------------------------------------------
    "small": ("everyday_word", _w("""
        钱包 毛巾 项链 房卡 文件夹 文具盒 麦克风 涂改液 颜料 蓝牙耳机 纪念品 蒲扇 卫生纸 温度计 米尺 沙漏
        汤勺 白板笔 万能胶 万用表 马克杯 单肩包 车钥匙 时钟 金鱼缸""")),
    "wear": ("everyday_word", _w("毛衣 卫衣 毛毯 马甲 毛线帽 毛裤 毛领外套 羊? ".replace("羊?", ""))),
    "gadget": ("everyday_word", _w("路由器 蓝牙音箱 冷风扇 应急灯 宫灯 全身镜 时钟 温控器 钟表 温水壶")),
    "drink": ("everyday_word", _w("""
        牛奶 黄酒 白酒 米酒 龙井茶 姜茶 苏打水 蒲公英茶 白开水 金银花露 米浆 麦茶 马奶酒""")),
    "topping": ("everyday_word", _w("麻薯 黄桃 蓝莓 芦荟 龙眼 杨梅 桂花冻 米麻薯")),
    "pet": ("everyday_word", _w("金鱼 柴犬 金毛 边牧 沙皮狗 白兔 龙猫 蓝猫 金吉拉 柯基 马尔济斯 孔雀鱼 龙鱼 兰寿")),
    "flower": ("everyday_word", _w("丁香 兰花 梅花 向日葵 康乃馨 杜鹃花 桂花 金银花 石斛 月? ".replace("月?", ""))),
    "tree": ("everyday_word", _w("柳树 杨树 桑树 芦苇 白桦 白杨 黄栌 金钱松 杜仲 梅林 葛藤")),
    "scenery": ("everyday_word", _w("""
        景点 景区 游乐园 田野 农村 沙滩 宫殿 庄园 丛林 江边 江面 池塘 石桥 林荫道 胡同 田埂 林场 农场 牛棚
        马厩 谷仓 温室 高原 石阶 连廊""")),
    "spot": ("everyday_word", _w("""
        路口 车站 路边 商场 高铁站 商店 商业街 江边 石桥 林荫道 车库 车间 包间 包厢 游乐园 景区 商圈 路牌下""")),
    "drop": ("everyday_word", _w("车库 车棚 阳台 房间 商店 单位 边上")),
    "staff": ("everyday_word", _w("""
        司机 师傅 管家 管理员 董事长 顾问 董秘 高管 文员 程序员 师兄 师姐 师妹 师弟 房东 车主 房产中介 管理层
        司仪 向导 卫生员 施工队 严师""")),
    "fixer": ("everyday_word", _w("师傅 管理员 管家 施工队 房东 钟点工 卫生员 程序员 师父")),
    "good": ("everyday_word", _w("舒适 安静 简单 明亮 高级 宁静 时尚 齐全 安全 方便 省? ".replace("省?", ""))),
    "poet": ("historical_figure", _w("""
        李白 杜甫 苏轼 白居易 王维 孟浩然 王安石 欧阳修 辛弃疾 李清照 陆游 范仲淹 韩愈 柳宗元 曹操 曹植 陶渊明
        屈原 徐志摩 李商隐 刘禹锡 王昌龄 岑参 高适 贺知章 孟郊 贾岛 温庭筠 柳永 晏殊 秦观 黄庭坚 姜夔 龚自珍""")),
    "ancient": ("historical_figure", _w("""
        刘备 关羽 张飞 诸葛亮 孙权 周瑜 吕布 司马懿 孔子 孟子 庄子 韩非子 秦始皇 唐太宗 武则天 康熙 岳飞 文天祥
        包拯 郑和 戚继光 林则徐 左宗棠 李鸿章 曾国藩 李时珍 张衡 蔡伦 毕昇 沈括 徐霞客 司马迁 王羲之 颜真卿
        柳公权 吴道子 黄公望 唐伯虎 郑板桥 项羽 刘邦 韩信 霍去病 卫青 苏武 杨贵妃 王昭君 寇准 施耐庵 罗贯中
        吴承恩 蒲松龄 纪晓岚 和珅 冯梦龙 汤显祖 关汉卿 马致远 李白 杜甫 苏轼 曹操""")),
    "novel": ("title", _w("""
        《白夜行》 《平凡的世界》 《白鹿原》 《边城》 《骆驼祥子》 《许三观卖血记》 《解忧杂货店》 《简·爱》
        《安娜·卡列尼娜》 《连城诀》 《白马啸西风》 《黄金时代》 《明朝那些事儿》 《鲁滨逊漂流记》
        《汤姆·索亚历险记》 《童年》""")),
    "hbook": ("title", _w("《史记》 《明朝那些事儿》 《万历十五年》 《孙子兵法》 《韩非子》 《孟子》 《庄子》")),
    "movie": ("title", _w("""
        《唐山大地震》 《夏洛特烦恼》 《周处除三害》 《白日焰火》 《路边野餐》 《江湖儿女》 《万箭穿心》
        《阳光灿烂的日子》 《龙猫》 《白蛇：缘起》 《姜子牙》 《霍元甲》 《叶问》 《黄飞鸿》 《方世玉》 《苏乞儿》
        《熊出没》""")),
    "tv": ("title", _w("""
        《琅琊榜》 《甄嬛传》 《陈情令》 《司藤》 《何以笙箫默》 《宫锁心玉》 《武林外传》 《康熙王朝》 《乔家大院》
        《白夜追凶》 《白蛇传》 《包青天》 《庆余年》 《长安十二时辰》 《华灯初上》""")),
    "bstore": ("brand", _w("""
        罗森 苏宁 华联 麦德龙 欧尚 屈臣氏 万达 万象城 金鹰 全季 华润万家 全家 卜蜂莲花 沙县小吃 麦当劳""")),
    "bfood": ("brand", _w("""
        周黑鸭 老干妈 王老吉 康师傅 农夫山泉 卫龙 白象 鲁花 金龙鱼 李锦记 王致和 徐福记 沈大成 王家沙 乔家栅
        蒙牛 安慕希 金典 费列罗 麦丽素""")),
    "bliquor": ("brand", _w("江小白 孔府家酒 郎酒 古井贡酒 牛栏山 金六福酒? ".replace("金六福酒?", ""))),
    "btech": ("brand", _w("华为 荣耀 华硕 明基 戴尔 雷蛇 罗技 方正 康佳 夏普 金山 金蝶")),
    "bhome": ("brand", _w("戴森 苏泊尔 方太 华帝 万和 万家乐 林内 史密斯 顾家家居 林氏木业 曲美 欧派 尚品宅配 张小泉")),
    "bcar": ("brand", _w("吉利 荣威 江淮 欧拉 魏牌 雷克萨斯 马自达 路虎 林肯 兰博基尼")),
    "bjewel": ("brand", _w("周大福 周生生 金六福 周六福 明牌珠宝")),
    "bstyle": ("brand", _w("""
        李宁 安踏 乔丹 江南布衣 欧时力 韩都衣舍 俞兆林 高梵 古驰 路易威登 施华洛世奇 欧莱雅 兰蔻 欧舒丹 潘婷
        沙宣 谢馥春""")),
}

# ---------------------------------------------------------------------------------------------------------
# Word pools, traditional (zh_TW, with some Hong Kong names).
# ---------------------------------------------------------------------------------------------------------
POOLS_TW = {
    "food": ("everyday_word", _w("""
        牛奶 牛肉麵 牛軋糖 馬鈴薯 黃瓜 黃豆 白菜 白飯 米粉 米糕 米血糕 龍蝦 龍眼 楊桃 李子 桑葚 石榴 金桔
        柳丁 甘蔗 包子 湯圓 麻糬 冷麵 桂圓 梅子 藍莓 蘆筍 麥片 毛豆 蘇打餅乾 鮑魚 沙拉 胡蘿蔔 車輪餅
        石花凍 黃金泡菜 雷神巧克力""")),
    "thing": ("everyday_word", _w("""
        錢包 鐘錶 毛巾 毛衣 牛仔褲 項鍊 連身裙 沙發 房卡 文件夾 麥克風 吉他 紀念品 賀卡 溫度計 安全帽
        安全帶 申請表 車牌 童裝 時鐘 陽傘 衛生紙 衛衣 馬克杯 白板 藍牙耳機""")),
    "placew": ("everyday_word", _w("""
        路口 馬路 車站 商場 路邊 房間 陽台 車庫 沙灘 景點 商店 車廂 包廂 高架橋 管理室  騎樓? """.replace("騎樓?", ""))),
    "role": ("everyday_word", _w("""
        司機 師傅 管家 管理員 董事長 顧問 顧客 農民 商家 房東 房客 車主 高手 路人 常客 金主 龍套 牛人
        師兄 師姐 單身狗""")),
    "doc": ("everyday_word", _w("文件 方案 簡報 單據 文案 時間表 白皮書 藍圖 明細 簡歷 紀要 項目表")),
    "misc": ("everyday_word", _w("程式 項目 任務 安排 方案 方向 成本 費用 單價 金額 季度 曲線 管理 時程")),
    "mood": ("everyday_word", _w("高興 舒服 安心 溫暖 焦慮 辛苦 冷靜 舒心  ")),
    "later": ("everyday_word", _w("明天 明早 明晚 明年 夏天 明後天")),
    "task": ("everyday_word", _w("安排 安裝 查詢 包裝 查看 解釋 解鎖 張羅 連接 申請 冷藏 張貼")),
    "wish": ("everyday_word", _w("""
        馬到成功 龍馬精神 萬事如意 金玉滿堂 安居樂業 平安喜樂 吉祥如意 萬象更新 金榜題名 龍騰虎躍 龍鳳呈祥
        平步青雲""")),
    "nature": ("everyday_word", _w("雷雨 雷陣雨 高溫 冷空氣 梅雨 龍捲風 雷暴 冷鋒")),
    "animal": ("everyday_word", _w("熊貓 孔雀 金魚 白鷺 麻雀 柴犬 金毛 藍鵲 梅花鹿 黃金獵犬")),
    "plant": ("everyday_word", _w("蘭花 梅花  向日葵 康乃馨 杜鵑花 桂花  ")),
    "dynasty": ("historical_period", _w("明朝 宋朝 秦朝 周朝 唐朝 商朝 夏朝 隋朝")),
    "street": ("street", _w("""
        林森北路 羅斯福路 和平東路 金山南路 中山北路 溫州街 華西街 龍江路 長安東路 延平北路 駱克道 莊敬路
        文化路 寧夏路 師大路 汀州路? 高雄中華路? """.replace("汀州路?", "").replace("高雄中華路?", ""))),
    "city": ("place", _w("""
        高雄 林口 萬華 宜蘭 安平 平溪 左營 金門 馬祖 蘭嶼 龍潭      
           關渡 石門""")),
    "sight": ("place", _w("""
        士林夜市 龍山寺 饒河街夜市 寧夏夜市 師大夜市 陽明山 安平古堡 華山文創園區 關渡宮 馬祖藍眼淚 金瓜石
        黃大仙祠 """)),
    "brand": ("brand", _w("""
        全家 王品 康是美 屈臣氏 華碩 金車 萬家香 金蘭醬油 林鳳營 張君雅 孔雀餅乾 郭元益 李製餅家 陳三鼎
        梁社漢排骨 石二鍋 馬辣 金石堂 全國電子 全聯 雷虎 長榮 華航 周大福 周生生 謝瑞麟 陳意齋 許留山 譚仔
        李錦記 楊協成 馬百良 黃道益 余仁生 萬寧 麥當勞""")),
    "shop": ("shop", _w("""
        劉山東牛肉麵 林東芳牛肉麵 金峰魯肉飯 周記肉粥 鄭記豬腳 黃記魯肉飯 陳記腸粉 何洪記 麥奀記 羅富記 池記
        黃枝記 劉森記 楊記花生玉米冰""")),
    "dish": ("dish", _w("魯肉飯 麻油雞 白斬雞 楊枝甘露 麻辣鍋 宮保雞丁 東坡肉 黃金蝦球 石頭火鍋 胡椒餅")),
    "title": ("title", _w("""
        《白夜行》 《解憂雜貨店》 《簡愛》 《明朝那些事兒》 《史記》 《孫子兵法》 《陽光普照》 《周處除三害》
        《華燈初上》 《甄嬛傳》 《琅琊榜》 《包青天》 《童年》 《龍的傳人》 《簡單愛》 《明明就》 《蘭亭序》
        《孔乙己》 《邊城》 《金瓶梅》? """.replace("《金瓶梅》?", ""))),
    "hist": ("historical_figure", _w("""
        李白 杜甫 蘇軾 孫中山 鄧麗君 周杰倫 林志玲 蔡依林 王建民 戴資穎 林書豪 金城武 梁朝偉 劉德華 張愛玲
        胡適 余光中 白先勇 林語堂 席慕蓉 龍應台 蔣勳 朱銘 侯孝賢 李安 魏德聖 吳念真 諸葛亮 曹操 關羽 岳飛
        鄭成功""")),
    "char": ("character", _w("""
        孫悟空 沙悟淨 唐三藏 林黛玉 賈寶玉 薛寶釵 王熙鳳 宋江 武松 林沖 令狐沖 郭靖 黃蓉 楊過 韋小寶 段譽
        喬峰 周芷若 趙敏 柯南 毛利蘭 米老鼠 唐老鴨 史努比""")),
    "spot": ("everyday_word", _w("路口 車站 路邊 商場 景點 包廂 商店 騎樓下? ".replace("騎樓下?", ""))),
    "drop": ("everyday_word", _w("管理室 房間 陽台 車庫 商店")),
    "gadget": ("everyday_word", _w("路由器 冷氣? 時鐘 鐘錶 藍牙耳機 麥克風".replace("冷氣?", ""))),
    "hk": ("place", _w("何文田 石硤尾 黃大仙 沙田 柴灣 金鐘 黃竹坑 馬鞍山 油麻地 石澳")),
    "htitle": ("title", _w("《史記》 《明朝那些事兒》 《孫子兵法》")),
    "bstore": ("brand", _w("""
        全家 康是美 屈臣氏 全聯 金石堂 全國電子 萬寧 麥當勞 王品 石二鍋 馬辣 梁社漢排骨 陳三鼎 許留山 譚仔""")),
    "bfood": ("brand", _w("金車 萬家香 金蘭醬油 林鳳營 張君雅 孔雀餅乾 郭元益 李製餅家 陳意齋 楊協成 李錦記")),
    "staff": ("everyday_word", _w("司機 師傅 管家 管理員 董事長 顧問 房東 車主 師兄 師姐")),
    "fixer": ("everyday_word", _w("師傅 管理員 管家 房東 水電師傅? ".replace("水電師傅?", ""))),
    "bhk": ("brand", _w("許留山 譚仔 萬寧 屈臣氏 麥當勞 周大福 周生生 謝瑞麟 余仁生 黃道益")),
}

# ---------------------------------------------------------------------------------------------------------
# Templates.  No PII slot = no-PII template.
# ---------------------------------------------------------------------------------------------------------
TEMPLATES = r"""
# ---- zh_CN, no PII: shopping and food ----
CN|[ew:马上]下单{food}和{food}，满{PRICE:m}[ew:包邮]吗？
CN|{bstore}的{food}打折了，[ew:常常]买的那款降到{PRICE:s}
CN|{food}、{food}、{food}各来一份，{TIME}前送到[ew:单位]门口
CN|问一下{food}还有货吗？[ew:周末]想买{QTY:箱}送人🙏
CN|[ew:牛奶]喝完了，顺路买点{food}，[ew:钱包]在{thing}旁边
CN|超市{food}特价{PRICE:s}一斤，比{bstore}便宜[ew:许多]
CN|{food}和{food}哪个热量高？减肥期间[ew:宁可]不吃😭
CN|在{shop}排队，前面还有{QTY:桌}，[ew:白天]人少点
CN|{shop}的招牌是{dish}，[ew:明天]早点去，去晚了就没了
CN|这家店必吃：{dish}、{dish}，人均{PRICE:m}[ew:左右]
CN|想做{dish}，家里只有{food}和{food}，够不够？
CN|外卖到了，{dish}+{dish}一共{PRICE:s}，还送了{food}
CN|今晚吃{dish}还是{dish}？[ew:全都]想吃🤣
CN|{btech}和{btech}的笔记本哪个好？预算{PRICE:l}以内
CN|双11在{bstore}买的{small}到了，才{PRICE:m}，[ew:简直]血赚
CN|退款：订单{ORDER}，{thing}有破损，[ew:申请]退{PRICE:m}
CN|{food}放[ew:冷藏]还是[ew:冷冻]？买了{QTY:斤}怕坏
CN|{btech}新款平板首发价{PRICE:l}，[ew:明天]开抢，[ew:万一]抢不到就算了
CN|楼下新开的{shop}，{dish}第二份半价，[ew:周末]一起？
CN|[ew:车厘子]{PRICE:s}一斤？？[ew:何况]还不甜，{bstore}那边呢
CN|早餐：{food}+{drink}，{PRICE:s}，[ew:安心]吃饱去上班
CN|给[ew:顾客]打包{QTY:份}{dish}，[ew:包装]盒不够了
CN|{bstore}会员日{MD}，[ew:全场]{PCT}off，[ew:尤其]是{food}
CN|奶茶加{topping}还是加{topping}？[ew:常温]还是去冰？
CN|团购了{QTY:份}{food}，[ew:应该]够全楼分了
CN|{food}今天特价，{food}[ew:明天]到货，[ew:周末]来拿
CN|购物清单：\n{food}\n{food}\n{thing}\n[ew:卫生纸]
CN|今日菜单\n{dish}\n{dish}\n[ew:汤圆]（甜）\n{PRICE:m}/位
CN|{shop}和{shop}哪家好吃？[ew:明晚]请客
CN|这家{shop}的环境很{quality}，[ew:明天]还来
CN|{dish}是哪里的菜？[ew:明明]在{city}吃过
CN|{bstore}的{food}和{bstore}的比，[ew:单价]差了{PRICE:s}
# ---- zh_CN, no PII: weather and nature ----
CN|[ew:明天]{nature}，最高{TEMP:mild}，出门带伞☔️
CN|{city}{WD}[ew:高温]预警，[ew:白天]最高{TEMP:hot}
CN|[ew:梅雨季]衣服晾不干，{wear}都发霉了😭 {city}[ew:明天]还下
CN|{nature}来了，{city}的{TRAIN}停运，改签到{MD}
CN|[ew:白露]之后[ew:温差]大，{city}早上才{TEMP:cold}
CN|在{sight}的[ew:江边]看到{animal}了！拍了{QTY:张}照片
CN|{sight}的{animal}好可爱，[ew:全家]说[ew:明年]再来
CN|[ew:阳台]的{flower}开花了🌼 [ew:常常]浇水果然有用
CN|新闻说{city}有[ew:沙尘暴]，{MD}的{FLIGHT}会不会取消？
CN|{city}{DATE}有{nature}，[ew:马拉松]改期了
CN|[ew:冷空气]南下，{city}[ew:明后天]降到{TEMP:cold}
CN|[ew:云朵]好低，[ew:应该]要下雨了，{sight}那边已经在下
CN|{plant}和{plant}哪个好养？[ew:阳光]不太够的屋子
CN|[ew:温度]今天降到{TEMP:cold}，[ew:明天]更冷，{wear}拿出来吧
CN|养了{QTY:只}{pet}，[ew:房东]还不知道🤫
CN|{pet}和{pet}哪个更适合新手养？预算{PRICE:l}
# ---- zh_CN, no PII: travel ----
CN|{DATE}去{city}，坐{TRAIN}，[ew:车票]{PRICE:m}，{TIME}发车
CN|这次玩三天：{sight}、{sight}、{sight}，怎么[ew:安排]？
CN|{city}到{city}走[ew:高速]要多久？[ew:路费]大概{PRICE:m}
CN|{FLIGHT}延误{DUR:h}，困在[pl:白云机场]，[ew:何时]能飞？
CN|{street}和{street}[ew:路口]在修路，[ew:司机]说要绕一下
CN|酒店在{STNO}，离{sight}步行{DUR:min}，[ew:房间]{PRICE:m}一晚
CN|[ew:游客]太多，{sight}排队{DUR:h}，[ew:宁愿]回酒店，{TIME:pm}再出来
CN|从{city}坐{TRAIN}到{city}，二等座{PRICE:m}，[ew:时长]{DUR:h}
CN|{city}有啥好玩的？[ew:周末]带爸妈去，[ew:尤其]想去[ew:江边]走走
CN|打车到{sight}，[ew:司机]要{PRICE:m}，合理吗
CN|签证下来了！{DATE}飞{abroad}，[ew:申请]材料交了{QTY:份}
CN|[ew:高铁]上信号好差，{TRAIN}过{city}那段[ew:全程]没网
CN|{WD}早上{TIME:am}在{sight}集合，[ew:迟到]不等哈
CN|地铁到{street}站，[ew:左边]出口出来就是{shop}
CN|{abroad}和{abroad}选哪个？预算{PRICE:l}，[ew:时间]{DUR:d}
CN|导航说走{street}，[ew:高架]上堵了{DUR:min}🙃
CN|行李超重{QTY:公斤}，[ew:费用]{PRICE:m}，[ew:何必]呢
CN|{sight}门票{PRICE:m}，[ew:童票]半价，[ew:明早]{TIME:am}开门
CN|[ew:明早]{TIME:am}的{TRAIN}，[ew:车站]见，[ew:车厢]是{QTY:号}
CN|租车去{city}，[ew:路费]加[ew:房费]人均{PRICE:m}
CN|[ew:高铁][ew:明天]恢复运行，{TRAIN}{TIME}发车
CN|行程\n{DATEL} {city}→{city} {TRAIN}\n住{STNO}
CN|[ew:周末]citywalk[ew:路线]：{street}→{street}→{shop}
CN|{city}和{city}哪个更冷？[ew:明年]{MD}想去
CN|去{sight}怎么走？坐公交还是打车，[ew:马上]出发，{TIME}前要到
CN|这次去{abroad}，签证费{PRICE:m}，机票{PRICE:l}，[ew:简直]肉疼
CN|{sight}和{sight}，二选一，[ew:周末]就去
CN|今天的vlog：{sight}+{dish}+{shop}，[ew:简直]完美
# ---- zh_CN, no PII: office and work ----
CN|{doc}发群里了，[ew:明天]{TIME}前大家看一下
CN|[ew:周会]改到{WD}{TIME}，地点{ROOM}
CN|{doc}和{doc}[ew:全部]更新到{VER}了
CN|[ew:程序]又报{ERR}，[ew:关机]重开也没用🤦
CN|这个[ew:项目]的[ew:成本]超了{PCT}，[ew:单价]涨到{PRICE:s}
CN|报销单：[ew:车费]{PRICE:m}、[ew:房费]{PRICE:m}，合计没问题吧？
CN|找{staff}确认一下{doc}，[ew:应该]{WD}能出
CN|问问{staff}，{doc}[ew:何时]能给？deadline是{MD}
CN|[ew:董事会]{DATE}召开，{doc}先发我过一遍
CN|[ew:季度]KPI完成{PCT}，[ew:成绩]还行，[ew:明年]继续💪
CN|[ew:白皮书]{VER}发布，[ew:全文]{QTY:页}，[ew:简单]看了下
CN|{doc}里的[ew:金额]对不上，[ew:余额]还差{PRICE:m}
CN|让{staff}把{doc}打印{QTY:份}，[ew:马上]要用
CN|跟{staff}说一声，[ew:明早]{TIME:am}的会改线上
CN|@所有人 [ew:周报]{WD}中午前交，[ew:谢谢]大家🙏
CN|会议[ew:纪要]：\n1.{doc}延期到{MD}\n2.[ew:费用]加{PRICE:l}\n3.[ew:安全]检查
CN|请{fixer}{WD}来一趟，[ew:管道]漏水，[ew:卫生间]全是水
CN|新版本{VER}上线，[ew:解决]了{ERR}的问题
CN|[ew:路由器]重启了，[ew:连接]还是{ERR}，wifi坏了？
CN|[ew:简历]投了{QTY:家}，收到{QTY:个}面试，[ew:毕竟]是[ew:毕业]季
CN|{staff}说{doc}有问题，[ew:明天]再改一版
CN|{staff}今天请假，{doc}[ew:明天]再弄
CN|{role}和{role}都在{spot}等着，你到哪了？
CN|帮我{task}一下，[ew:谢谢]！{TIME}前要，{doc}也看看
CN|{doc}已经[ew:查收]，[ew:明细]有{QTY:处}要改
CN|[ew:项目组]{DATE}团建，去{sight}，[ew:费用]AA
CN|[ew:高管]会议{TIME}开始，[ew:文件]放在{ROOM}
CN|Q4目标：[ew:成本]降{PCT}，[ew:应收款]回收{PCT}
CN|{doc}的[ew:章程]第{QTY:条}看不懂，谁来[ew:解释]一下
CN|[ew:单元格]里的公式{MATH}对吗？算出来和{money}不一样
CN|[ew:全员]注意：{DATE}[ew:安全]演练，{TIME}准时下楼
CN|[ew:程序员]说{VER}有bug，[ew:何况]还没测完
CN|[ew:文案]改了{QTY:稿}，客户还不满意😅 [ew:明天]再说
CN|把{small}放在[ew:左边]第二个柜子，钥匙在{ROOM}
CN|叫{role}过来搬{thing}，[ew:马上]要清场
CN|让{role}把{small}放{drop}，[ew:明天]再收
CN|请{staff}{TIME}到{spot}，[ew:顾客]在等
CN|{fixer}说{gadget}坏了，修要{PRICE:m}
CN|{role}、{role}、{role}三桌，[ew:包间]最低消费{PRICE:m}
CN|这周的OKR：[ew:项目]上线{VER}，[ew:成本]控制在{PRICE:l}以内
CN|meeting改到{TIME}，[ew:文件]已share到群里，[ew:管理层]也在
CN|待办：\n1.{task}{doc}\n2.[ew:付款]{PRICE:m}\n3.取{thing}
CN|[ew:方便]的话{TIME}来[ew:单位]一趟，{doc}要签字
CN|[ew:常常]来的那个{staff}今天没来，{doc}[ew:何时]交？
CN|{later}再说吧，今天先把{doc}和{doc}弄完
CN|这事{later}再[ew:商量]，{TIME}我有事
CN|【通知】\n[ew:周末]{sight}活动取消\n[ew:费用]原路退回，{DUR:d}到账
CN|{doc}第{QTY:页}的数据和{doc}对不上，[ew:麻烦]再核一下
# ---- zh_CN, no PII: role words where a name could stand ----
CN|找{staff}问问，{doc}[ew:何时]能好
CN|问{staff}要一份{doc}，[ew:马上]要
CN|跟{role}说{WD}不来了，[ew:谢谢]
CN|给{role}发个红包，[ew:辛苦]了！{PRICE:m}够吗
CN|和{role}约了{MD}{TIME}，在{sight}门口
CN|{role}来了吗？[ew:包裹]还在{drop}
CN|{role}说[ew:明天]再来，[ew:全天]都没空
CN|{role}去{city}了，{DATE}回来
CN|{role}的{thing}落在[ew:车厢]里了，{TRAIN}那趟
CN|{role}今天好像很{mood}，[ew:何况][ew:明天]放假
CN|我们{staff}说[ew:周末]不加班🎉 {MD}发奖金
CN|叫{role}一起来，一共{QTY:人}，[ew:包间]订好了
CN|请{staff}签个字，[ew:单据]在{drop}
CN|让{role}等一下，[ew:马上]到，{DUR:min}
CN|{role}和{role}吵起来了，[ew:何必]呢
CN|{role}、{role}和{role}都到了，就差你
CN|你问{staff}吧，我也不[ew:明白]这个{misc}
CN|{role}说这个{thing}[ew:管用]，{PRICE:s}一个
CN|{fixer}[ew:明天]来装{gadget}，记得留个人在家，{TIME}[ew:左右]
CN|家里[ew:路由器]又坏了，[ew:明天]叫{fixer}来看看
CN|[ew:包裹]被{role}签收了？[ew:明明]没人在家
# ---- zh_CN, no PII: school and study ----
CN|{novel}读后感{QTY:字}，[ew:明天]交，[ew:简直]写不完
CN|{poet}和{poet}谁的诗更好？作业要写{QTY:字}
CN|历史题：{ancient}是哪个朝代的？{dynasty}还是{dynasty}？
CN|{char}是哪本书里的？[ew:明明]记得是{book}
CN|背{poem}背了{DUR:h}，[ew:常常]卡在第二段
CN|数学题{MATH}对不对？[ew:单位]要写吗，[ew:明天]交
CN|家长会[ew:明天]{TIME:day}，地点{ROOM}，请准时
CN|孩子[ew:成绩]出来了，语文{QTY:分}，数学{QTY:分}，[ew:高兴]😊
CN|{poem}是谁写的？[ew:明天]{TIME}默写
CN|[ew:毕业]论文[ew:查重]{PCT}，[ew:何况]还没写完😭
CN|{hobby}班[ew:周末]{TIME:day}上课，学费{PRICE:l}一学期
CN|报了{hobby}和{hobby}，[ew:时间]冲突了怎么办
CN|[ew:师兄]说{doc}要{MD}前交给导师
CN|{dynasty}和{dynasty}哪个更长？考试{MD}
CN|{poet}写过{poem}吗？[ew:应该]不是他吧
CN|作文写[ew:向日葵]，{QTY:字}以上，[ew:童年]回忆那种
CN|[ew:文言文]翻译：{poem}第一段，[ew:简直]看不懂
CN|寒假作业：读{novel}和{book}，写{QTY:篇}读书笔记
CN|{hist}的生平要做PPT，{WD}上台讲，[ew:明晚]熬夜了
CN|英语课本里的[ch:李雷]和[ch:韩梅梅]，[ew:常常]被拿来玩梗😂 那本课本才{PRICE:s}
CN|成语接龙：{idiom}→{idiom}，该你了，{DUR:min}内接不上算输
CN|{idiom}是什么意思？造句要用，{MD}交，[ew:简直]不会
CN|新年快乐！祝大家{wish}，{wish}🧧 [ew:明年]见
CN|书法课写了{wish}四个字，被表扬了{QTY:回}，[ew:高兴]
CN|{wish}、{wish}、{wish}，哪个适合写在[ew:贺卡]上？
CN|{ancient}和{ancient}是同一个朝代的吗？{dynasty}？
CN|{dynasty}的历史推荐看{hbook}还是{hbook}？
CN|语文考了{QTY:分}，{poem}那题[ew:全错]了，[ew:明天]订正
# ---- zh_CN, no PII: home and family ----
CN|妈：{food}和{food}在冰箱里\n吃完[ew:关火]，[ew:关门]！
CN|爸说[ew:周末]去{sight}，[ew:全家]一起，[ew:包车]{PRICE:m}
CN|奶奶问[ew:明年]春节回不回，{DATE}的[ew:车票]好难抢
CN|[ew:房租]{PRICE:l}，加上[ew:管理费]{PRICE:m}，[ew:何况]还要交押金
CN|[ew:明天]{TIME}起[ew:管道][ew:施工]停水，早点存水
CN|楼上[ew:熊孩子]又在跳，{TIME:pm}了还不睡😤 [ew:明天]找{role}说说
CN|[ew:金毛]掉毛好严重，[ew:沙发]上全是，{bhome}吸尘器好用吗
CN|[ew:全家福]拍好了，在{street}那家店，[ew:费用]{PRICE:m}
CN|[ew:周岁]宴定在{DATE}，就在{shop}楼上
CN|[ew:向日葵]发芽了🌻 [ew:阳台]朝南，[ew:阳光]好，{TEMP:mild}
CN|邻居送了{food}，我回了点{food}，[ew:应该]够意思了吧
CN|[ew:包裹]放在{drop}了，{TIME}之前去拿哈
CN|[ew:钟点工]{WD}来，[ew:费用]{PRICE:s}一小时，做{DUR:h}
CN|老公说[ew:黄金]今天{PRICE:m}一克，[ew:马上]去买还是等等？
CN|宝宝[ew:周岁]，亲戚送了[ew:金条]和[ew:金锁]，{bjewel}买的
CN|妈，[ew:车票]买好了，{MD}{TIME}到{city}，[ew:高铁站]接我一下
CN|[ew:牛奶]、{food}、{food}，再带包[ew:方便面]
CN|孩子想养{pet}，[ew:房东]不让养，[ew:何况][ew:房间]这么小
CN|晚饭做了{dish}和{dish}，[ew:全都]吃光了👍🏻
CN|老家[ew:农村]的{food}寄到了，{QTY:箱}，[ew:谢谢]姑姑！
CN|[ew:黄金]今天又涨了{PCT:low}，{bjewel}[ew:明天]开门我就去
CN|[ew:单身狗]的[ew:周末]：{hobby}、{hobby}、外卖🤣
CN|[ew:房东]说{MD}起[ew:房租]涨{PRICE:m}，[ew:何必]呢
CN|{later}[ew:全家]去{city}，[ew:车票]{PRICE:m}一张
CN|[ew:万圣节]要准备{food}和糖果，孩子们{TIME:pm}到
CN|爷爷说[ew:向来]不喝{drink}，{drink}倒是[ew:常常]喝
# ---- zh_CN, no PII: health ----
CN|约了{WD}{TIME:day}看牙，[ew:费用]大概{PRICE:m}
CN|体检{QTY:项}[ew:全部]正常🎉 就是体重涨了{QTY:斤}
CN|[ew:康复]训练{WD}{TIME:day}，医保能报{PCT}
CN|嗓子疼，喝了[ew:姜茶]和{drink}，[ew:明天]再看看
CN|体温{TEMP:body}，[ew:应该]只是着凉，[ew:明早]再量
CN|医生说{food}和{food}先别吃，{DUR:d}后复查
CN|[ew:艾灸]一次{PRICE:m}，[ew:常常]做真的有用吗
CN|牙套每月调一次，[ew:单次]{PRICE:m}，[ew:全程]{QTY:个月}
CN|挂了{WD}的号，[ew:时间]{TIME:day}，带上身份证
CN|[ew:焦虑]得睡不着，{TIME:pm}还醒着，[ew:明天]还有{doc}要交
# ---- zh_CN, no PII: tech ----
CN|[br:华为]还是{btech}？预算{PRICE:l}，主要打[ew:游戏]
CN|{btech}的电脑升到{VER}后[ew:常常]死机
CN|[ew:蓝牙耳机]连不上，试了[ew:关机]重启也不行，{VER}
CN|[ew:余额]只剩{PRICE:s}了，[ew:马上]充值
CN|App {VER} 登录报错{ERR}，[ew:程序员]快看看
CN|忘了[ew:解锁]密码😅 {btech}客服说要带购机凭证，[ew:明天]去
CN|[ew:查询]接口超时，错误码{ERR}，[ew:高峰]时段{TIME}
CN|{bstore}的{small}降价了，{PRICE:m}，[ew:应该]入手吗
CN|电脑[ew:蓝屏]({ERR})，[ew:文件]没保存😭
CN|[ew:游戏机]到了，{PRICE:l}，[ew:周末]通宵🎮
CN|{doc}放[br:石墨文档]了，{DATE}前[ew:全员]填完
CN|[br:高德地图]显示{street}堵了{DUR:min}，换{street}走
CN|手机用[ew:时间]久了[ew:常常]卡，{VER}要不要升
CN|新[ew:应用]上架{DUR:d}，下载{QTY:次}，[ew:成绩]不错
CN|{ERR}是什么意思？服务器在{city}机房，[ew:明天]再查
# ---- zh_CN, no PII: books, films, songs, history ----
CN|最近在看{novel}，[ew:简直]哭死😭 [ew:明天]还书
CN|{tv}和{tv}哪个好看？[ew:周末]想追
CN|{char}、{char}和{char}混战，谁会赢😂
CN|重温了{film}，顺便又把{book}翻了一遍，[ew:周末]就这么过了
CN|{novel}改编成剧了，定档[ew:明年]{MD}
CN|{novel}的作者是谁？[ew:明明]在{sight}附近的书店看到过
CN|读书会{DATE}讨论{novel}，[ew:全员]参加
CN|看{tv}看到{TIME:pm}，[ew:明天]还要上班🥲
CN|{movie}[ew:明天]上映，票价{PRICE:s}，[ew:万一]不好看呢
CN|{song}单曲循环{QTY:遍}，[ew:简直]上头
CN|KTV点了{song}和{song}，[ew:麦克风]一直抢不到🎤
CN|cos{char}需要什么道具？[ew:费用]别超{PRICE:m}
CN|{tv}结局[ew:何必]这么虐😭 [ew:明天]接着看{tv}
CN|{hist}的纪录片{DATE}播，[ew:全集]{QTY:集}
CN|说[hf:曹操]，[hf:曹操]就到😂 [ew:马上]开饭，约的不是{TIME}吗
CN|[ew:周末]去{sight}，听说跟{hist}有关
CN|{ancient}的故事讲了{QTY:遍}，[ew:明天]讲{char}
CN|{char}和{char}的CP你站哪个？[ew:明明]是{char}更配
CN|[hf:金庸]小说里最喜欢{jinyong}，其次是{jinyong}
CN|{jinyong}和{jinyong}谁武功更高？群里吵了{DUR:h}
CN|{jinyong}到底喜欢谁？[ew:明明]是{jinyong}吧
CN|为什么{char}打不过{char}？[ew:简直]不合理
CN|{ancient}、{ancient}、{ancient}，谁是{dynasty}的？
CN|{song}是谁唱的？[ew:明明]很耳熟，{song}也是
CN|{poet}的诗选了{QTY:首}，[ew:明天]{TIME}开讲
CN|{film}里的台词，[ew:常常]被拿来当表情包，[ew:尤其]是{char}那句
# ---- zh_CN, no PII: neighbourhood, money, parcels ----
CN|通知：{DATE}{TIME}起[ew:安全]检查，[ew:全体]住户请留人
CN|{street}那家{shop}[ew:关门]了？[ew:常常]去吃的
CN|[ew:路灯]坏了{QTY:盏}，在{street}[ew:路口]
CN|[ew:车位]{PRICE:m}一个月，{street}那边要{PRICE:m}
CN|出闲置：{small}，九成新，{PRICE:m}，{sight}附近自提
CN|{DATE}{TIME:day}从{sight}拼车去{sight}，[ew:车费]AA
CN|[ew:黄金]今天{PRICE:m}一克，[ew:金价]又涨了{PCT:low}
CN|[ew:房贷]利率降到{PCT:low}，每月能省{PRICE:m}
CN|理财年化{PCT:low}，[ew:万一]亏了咋办，[ew:宁可]存定期
CN|[br:余额宝]收益才{PCT:low}，[ew:何况]还在降
CN|信用卡账单{PRICE:l}，[ew:何时]到期？好像是{MD}
CN|[ew:欧元]又跌了{PCT:low}，[ew:马上]去换点，{DATE}出发
CN|[ew:白酒]板块跌了{PCT:low}，[ew:何况]{bliquor}也没涨
CN|[ew:车险]续保{PRICE:l}，比去年多了{PCT:low}
CN|{DATE}[ew:管道]检修，{TIME:am}-{TIME:pm}停水
CN|群公告：[ew:明晚]{TIME:pm}在{sight}集合，[ew:迟到]罚{PRICE:s}😂
CN|{city}[ew:房价]跌了{PCT:low}，[ew:明年]再看看
CN|快递{TRACK}到{city}了吗？[ew:查询]不到信息
CN|客服你好，[ew:单号]{ORDER}，[ew:包裹]显示签收但没收到
CN|[ew:顾客]反馈{thing}有问题，[ew:申请]换货，订单{ORDER}
CN|{TRACK}这个件[ew:明天]能到{city}吗？急用
CN|[ew:包裹]到了{city}转运中心，{TRACK}，[ew:何时]派送？
CN|发票{ORDER}开错了，[ew:金额][ew:应该]是{PRICE:m}
# ---- zh_CN, no PII: feelings, sayings, misc ----
CN|{brand}、{brand}、{brand}，哪个是国货？[ew:简直]分不清
CN|{brand}的广告[ew:常常]刷屏，[ew:明天]{TIME}开发布会
CN|{hist}和{hist}同框的照片？[ew:明明]是P的
CN|这次最喜欢的是{scenery}和{scenery}，[ew:明年]还来
CN|vlog素材：{scenery}、{scenery}、{scenery}，[ew:周末]剪
CN|{sight}的{tree}都黄了，[ew:周末]去拍照，{TIME:day}光线好
CN|带孩子去{scenery}看{animal}，门票{PRICE:s}
CN|{ancient}和{ancient}，谁的故事更有意思？[ew:明天]讲
CN|今天特别{mood}，[ew:何况][ew:明天][ew:周末]
CN|住得{comfy}吗？{sight}附近，{PRICE:m}一晚
CN|{comfy}就好，[ew:何必]想那么多，{later}再说
CN|他说话很{trait}，[ew:常常]得罪人，[ew:明天]劝劝他
CN|{good}、{good}、性价比高，就选{bcar}了
CN|[ew:高兴]的话[ew:明晚]一起去{shop}？
CN|[ew:安全]第一，{sight}那段路晚上别走，{TIME:pm}前回来
CN|[ew:石头]、剪刀、布，输的买{food}和{food}😂
CN|{TIME:pm}了，[ew:明天]{WD}还要早起，晚安
CN|[ew:平安]到{city}了，[ew:明早]{TIME:am}去{sight}
CN|[ew:万一]下雨就改去{sight}，反正{PRICE:m}的票能退
CN|[ew:何时]有空去{city}？想吃{dish}
CN|幸亏带了{wear}，{sight}风好大，[ew:温度]才{TEMP:cold}
CN|{small}找不到了，[ew:明明]放在{drop}的
CN|{thing}、{thing}、{thing}，[ew:全部]打包{PRICE:m}出
CN|[ew:向来]不喝{drink}，今天破例了😂 [ew:何况]是{bliquor}的
# ---- zh_TW, no PII ----
TW|[ew:明天]要去{sight}，{food}和{food}幫我留著
TW|[ew:馬上]到{street}，[ew:路口]那間{bstore}等你
TW|{bstore}的{food}特價{PRICE:s}，[ew:常常]賣光
TW|[ew:高鐵]{TIME}那班，[ew:車票]{PRICE:m}，{DATE}出發
TW|{shop}的{dish}超好吃，排隊{DUR:min}也值得
TW|{nature}來了，{city}[ew:明天]停班停課嗎？
TW|{title}到底好不好看？[ew:簡單]說一下，{DATE}前
TW|悠遊卡只剩{PRICE:s}，[ew:馬上]去超商儲值，[ew:明天]要搭捷運
TW|{fixer}說{gadget}壞了，修理要{PRICE:m}
TW|找{staff}問一下，{doc}[ew:何時]好
TW|請{staff}{TIME}到{spot}，[ew:顧客]在等
TW|跟{role}說[ew:明天]不用來了，[ew:謝謝]
TW|{DATE}[ew:安全]演練，{TIME}[ew:全體]下樓集合
TW|[ew:高鐵]{TIME}從[pl:左營]出發，[ew:車廂]{QTY:車}，{DATE}
TW|發票{INVOICE}中了{PRICE:lot}！[ew:簡直]不敢相信
TW|{street}那間{shop}還有開嗎？[ew:常常]去
TW|{sight}人好多，[ew:路人]一直擋路😤 {TIME}才進去
TW|{food}、{food}、{food}，[ew:全部]幫我打包
TW|{hist}的紀錄片{DATE}播出，[ew:明晚]{TIME:pm}重播
TW|{char}和{char}誰比較強？群組吵了{DUR:h}
TW|[ew:陽台]種的{plant}開了，[ew:溫度]{TEMP:mild}剛好
TW|今天好{mood}，[ew:明天]還要上班🥲 {WD}才放假
TW|{bstore}會員日{MD}，[ew:全館]{PCT}off
TW|{title}讀完了，[ew:簡直]哭爆😭 [ew:明天]換{title}
TW|[ew:房租]{PRICE:l}，[ew:管理費]{PRICE:m}，[ew:何況]還要押金兩個月
TW|{wish}！新年快樂🧧 [ew:明年]見，{wish}
TW|{city}{WD}[ew:高溫]{TEMP:hot}，[ew:白天]少出門
TW|[ew:黃金]今天{PRICE:l}一錢，[ew:金價]又漲了{PCT:low}
TW|{dynasty}的歷史推薦看{htitle}嗎？[ew:明天]要報告
TW|[ew:車票]買好了，{DATE}{TIME}到{city}，[ew:車站]見
TW|購物清單：\n{food}\n{food}\n[ew:衛生紙]
TW|{doc}寄到信箱了，[ew:明天]{TIME}前回覆，[ew:謝謝]
TW|{role}和{role}都在{spot}等，你到哪了？
TW|[ew:包裹]放{drop}了，訂單{ORDER}
TW|{city}到{city}要多久？[ew:車費]{PRICE:m}
TW|{bfood}和{bfood}哪個好吃？[ew:常常]買，[ew:單價]差{PRICE:s}
TW|說[hf:曹操]，[hf:曹操]就到，[ew:馬上]開動，約的不是{TIME}嗎
TW|{sight}[ew:明天]{TIME}集合，[ew:遲到]不等喔
TW|幫我{task}一下，{TIME}前要，{doc}也看一下，[ew:謝謝]
TW|{later}再說吧，[ew:何必]急著決定{misc}
TW|{animal}好可愛！在{sight}看到的，[ew:明年]再來
TW|[ew:龍年]快樂！{wish}，{wish}
TW|{role}說[ew:明天]再來，[ew:全天]都沒空
TW|{shop}和{shop}哪家好吃？[ew:明晚]請客
TW|[ew:車站]旁邊那間{bstore}關了，[ew:常常]去的說
TW|{street}的[ew:路口]在[ew:施工]，[ew:司機]說要繞路
TW|香港：{hk}到{hk}搭港鐵要多久？[ew:車費]{PRICE:hk}
TW|{hk}那間{bhk}還在嗎？[ew:明天]{TIME}去看看
# ---- zh_CN, PII ----
CN|{P1}老师，{novel}的读后感[ew:明天]交可以吗？
CN|{P1}经理，[ew:项目]{doc}已经发您邮箱了
CN|{P1}说[ew:马上]到，让我们先点{dish}
CN|找{P1}签字，[ew:单据]在{drop}
CN|问{P1}要{doc}，[ew:何时]给？
CN|给{P1}打电话：{PH1}，[ew:明天]{TIME}前
CN|{P1}、{P2}和{P3}[ew:周末]去{sight}，[ew:费用]AA
CN|跟{P1}说{thing}[ew:明天]到
CN|叫{P1}来{drop}一趟，[ew:包裹]到了
CN|让{P1}把{doc}发我，[ew:谢谢]
CN|请{P1}先生{TIME}到{ROOM}面试
CN|{P1}医生{WD}{TIME:day}坐诊，挂号费{PRICE:s}
CN|{P1}[ew:明天]请假，{doc}找{P2}
CN|{P1}今天[ew:高兴]坏了，考了{QTY:分}
CN|[ew:高兴]地通知：{P1}升职了🎉 [ew:明晚]{TIME:pm}聚餐
CN|此致\n敬礼\n{P1}\n{DATEL}
CN|联系人：{P1}\n电话：{PH1}\n地址：{STNO}
CN|有事找{P1}，{PH1}，[ew:白天]都在
CN|{P1}的手机号是{PH1:glue}，[ew:周末]也能打
CN|@{P1} [ew:文件]改好了吗？{MD}要交
CN|{G1}，晚上一起吃{dish}吗？
CN|{G1}你[ew:周末]有空吗？去{sight}
CN|{G1}，[ew:钱包]落我车上了，[ew:明天]给你
CN|{P1}和[ew:司机]说好了，{TIME}在[ew:路口]等
CN|{P1}[ew:常常][ew:迟到]，[ew:明天]{TIME}的会提醒一下
CN|{P1}说[ew:黄金]还会涨，{P2}不信
CN|这是{P1}的邮箱：{EM1}，[ew:简历]发过去就行
CN|{P1}老师的邮箱{EM1}，作业{MD}前交
CN|请把{doc}发到{EM1}，抄送{P2}
CN|快递员{P1}，{PH1}，[ew:包裹]放{drop}了
CN|[ew:房东]{P1}说{MD}起[ew:房租]涨{PRICE:m}
CN|{P1}总，[ew:董事会]材料{DATE}前准备好
CN|新同事{P1}，[ew:程序员]，座位在{ROOM}
CN|{P1}、{P2}，[ew:周会]改到{WD}{TIME}
CN|值班表：\n[dt:周一] {P1}\n[dt:周三] {P2}\n[dt:周五] {P3}
CN|{P1}是{P2}的[ew:师兄]，[ew:毕业]{QTY:年}了
CN|{P1}家的{pet}走丢了，在{street}附近，有看到的联系{PH1}
CN|[ew:周末]{P1}请客，{shop}，[ew:何况]刚发了奖金
CN|{P1}：{food}、{food}\n{P2}：{dish}\n[ew:全部]{PRICE:m}
CN|接龙：\n1.{P1} {QTY:份}\n2.{P2} {QTY:份}\n3.[ew:马上]截止
CN|{P1}在{city}出差，{DATE}回，急事找{P2}：{PH1}
CN|请联系{P1}女士，手机{PH1}，工作日{TIME:am}-{TIME:pm}
CN|{P1}同学[ew:成绩]优秀，[ew:全年级]第{QTY:名}
CN|{P1}[ew:明天]去{city}，[ew:高铁]{TRAIN}，{TIME}到
CN|{P1}说[ew:明天]来，{P2}说[ew:明后天]
CN|[ew:麻烦]{P1}把{thing}带到[ew:单位]，[ew:谢谢]
CN|{P1}的{thing}[ew:马上]寄出，[ew:单号]{TRACK}
CN|{P1}老师好，我是{P2}妈妈，孩子[ew:明天]请假一天
CN|{P1}教授的讲座：{hist}与{book}，{DATE}{TIME}
CN|{P1}推荐的{novel}[ew:简直]太好看了
CN|{P1}跟[ew:顾客]吵起来了，{P2}快去看看
CN|{P1}，你的{food}到了，在{drop}
CN|面试[ew:安排]：{P1} {TIME}，{P2} {TIME}，地点{ROOM}
CN|恭喜{P1}和{P2}新婚快乐！{wish}🎉
CN|{P1}生日快乐🎂 祝{wish}！
CN|{P1}转发了{doc}，[ew:全员]{DATE}前看完
CN|找{P1}报销，[ew:车费]{PRICE:m}，[ew:房费]{PRICE:m}
CN|{P1}，[ew:周报]还没交哦，[ew:马上]截止了
CN|{P1}和{P2}都说{dish}好吃，[ew:明天]去{shop}
CN|客户{P1}，订单{ORDER}，电话{PH1}，[ew:包裹]破损
CN|{P1}：[ew:明天]{TIME}[ew:高铁站]接你\n{P2}：好的[ew:谢谢]
CN|感谢{P1}、{P2}的帮忙，[ew:项目]顺利上线{VER}
CN|{P1}打来电话说[ew:包裹]放{drop}了，{PH1}是他的号
CN|{P1}先生您好，您预约的[ew:房间]{DATE}入住，{PRICE:m}一晚
CN|家长群：{P1}妈妈说[ew:明天]{TIME:day}在{spot}接
CN|{P1}是{poet}的粉丝，[ew:常常]背{poem}
CN|{P1}演{char}，{P2}演{char}，[dt:周五]排练
CN|我和{P1}[ew:周末]去看{movie}，{PRICE:s}一张
CN|{P1}的号码{PH1}，{P2}的{PH2}，[ew:明天]都打一下
CN|【{P1}】[ew:简历]：{QTY:年}经验，期望{PRICE:l}
CN|{P1}：{EM1}\n{P2}：{EM2}\n[ew:明细]发这两个邮箱
CN|{P1}说{TIME}到[ew:车站]，{P2}[ew:马上]去接
CN|{P1}在{shop}等你，[ew:路口]左转就是
CN|{P1}买了{QTY:斤}{food}，[ew:全部]分给{P2}了
CN|{P1}，香港客户的电话{PH1:HK}，[ew:明天]{TIME}回电
CN|台湾同事{P1}的手机{PH1:TW}，[ew:周末]别打扰
CN|{P1}、{P2}、{P3}[ew:全部]通过[ew:申请]🎉
CN|{P1}和{staff}谈好了，[ew:费用]{PRICE}
CN|{P1}问[ew:路人]{sight}怎么走
CN|[ew:常客]{P1}又来了，点了{dish}
CN|{P1}和[ew:房东]签了一年，[ew:房租]{PRICE:l}
CN|{P1}，[ew:明天]{TIME}{city}开会，[ew:车票]订好了{TRAIN}
CN|{P1}说的那家{shop}在{STNO}，[ew:周末]人多
CN|{P1}[ew:马上]到{street}，{P2}在[ew:路边]等
CN|{G1}，[ew:明天]的{doc}你[ew:方便]看一下吗？
CN|{P1}发的{EM1}是对的吗？[ew:文件]退回来了
CN|[ew:明天]{P1}值班，[ew:周末]{P2}，有事打{PH1}
CN|{P1}和[ew:高手]下了一盘棋，输了{QTY:目}
CN|{P1}电话{PH1}，{P2}电话{PH2}，[ew:司机]{TIME}到
CN|{P1}老师说{poem}[ew:明天]默写，{G2}你背了吗
CN|{P1}总监的助理：{P2}，{PH1}，{EM1}
CN|{P1}说{bstore}的{food}[ew:常常]缺货，让{P2}去{spot}看看
CN|{P1}今天[ew:马上]要走，{thing}交给{P2}
CN|通知：{P1}、{P2}[ew:明天]{TIME}到{ROOM}开会
CN|新来的{staff}叫{P1}，[ew:明天]开始上班
CN|{P1}[ew:高兴]得跳起来，{movie}抢到票了
CN|{P1}和{P2}在{sight}走散了，{P1}手机{PH1}
CN|{P1}住{STNO}，[ew:包裹]写他的名字就行
CN|{P1}写的{doc}[ew:简直]完美，{P2}都说好
CN|{P1}你好，[ew:余额]不足{PRICE:s}，请及时充值
CN|{P1}的[ew:简历]：{city}人，{QTY:年}经验，{EM1}
CN|帮我约{P1}，{WD}{TIME}，在{shop}
CN|{P1}：收到[ew:谢谢]！\n{P2}：[ew:明天]见
CN|{P1}家长您好，孩子[ew:成绩]{QTY:分}，[ew:明天]家长会
CN|{P1}律师，案件材料{DATE}前补齐，电话{PH1}
CN|{P1}[ew:明早]{TIME:am}的{FLIGHT}，[ew:司机]在{spot}等
CN|{P1}与{P2}合写的[ew:白皮书]{VER:doc}发布了
CN|{P1}推荐{dish}，{P2}推荐{dish}，[ew:全部]点了
CN|{P1}，{city}的[ew:车票]{PRICE:m}，要不要[ew:包车]
CN|紧急联系人：{P1}（{PH1}）
CN|{G1}，[ew:周末]来我家吃{dish}吧！
CN|{G1}在吗？{doc}[ew:明天]要交
CN|{P1}和{P2}[ew:常常]一起学{hobby}，[ew:周末]也叫上我
CN|{P1}的邮箱是{EM1}，电话{PH1}，[ew:白天]联系
CN|今天{P1}请假，[ew:程序]的问题问{P2}
# ---- zh_TW, PII ----
TW|{P1}老師，{title}的心得[ew:明天]交可以嗎？
TW|{P1}經理，[ew:簡報]已經寄到您信箱了
TW|有事找{P1}，{PH1}，[ew:白天]都在
TW|{P1}說[ew:馬上]到，先點{dish}
TW|聯絡人：{P1}\n手機：{PH1}\n地址：{STNO}
TW|{P1}、{P2}和{P3}[ew:明天]去{sight}
TW|請把{doc}寄到{EM1}，副本給{P2}
TW|{G1}，晚上要不要吃{dish}？
TW|{P1}的電話{PH1}，{P2}的{PH2}
TW|{P1}先生您好，[ew:房間]{DATE}入住，{PRICE:l}一晚
TW|香港同事{P1}的手機{PH1:HK}，[ew:明天]{TIME}回電
TW|{P1}[ew:常常][ew:遲到]，[ew:明天]提醒一下
TW|{P1}跟[ew:司機]說好{TIME}在[ew:路口]等
TW|{P1}：{food}、{food}\n{P2}：{dish}\n[ew:全部]{PRICE:m}
TW|感謝{P1}、{P2}幫忙，[ew:項目]順利完成
TW|{P1}和{P2}[ew:明晚]在{shop}，[ew:馬上]過來
TW|{P1}說[ew:明天]會到{sight}，{P2}[ew:馬上]跟上
TW|{G1}，[ew:明晚]一起去{sight}嗎？
TW|找{P1}簽名，[ew:單據]在{drop}
TW|緊急聯絡人：{P1}（{PH1}）
TW|{P1}醫師{WD}{TIME:day}門診，掛號費{PRICE:m}
TW|{P1}的信箱{EM1}，[ew:簡報]{MD}前寄
TW|{P1}、{P2}，[ew:明天]{TIME}在{ROOM}開會
TW|{P1}同學[ew:成績]很好，[ew:全班]第{QTY:名}
"""
