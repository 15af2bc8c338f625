#!/usr/bin/env python3
"""Writes ../zh.jsonl: hand-written Chinese (Simplified) semantic-cache eval pairs.

Literal data only. Each group: (domain, base question A, [(B, label, class), ...]).
A pair may override A with a 4-tuple (A, B, label, class).
label T: A's correct answer fully answers B. label F: it does not.
"""
import json
import os
from collections import Counter

T, F = True, False

GROUPS = [
    # ---------------- shopping ----------------
    ("shopping", "我在淘宝买的衣服怎么退货？", [
        ("淘宝上买的衣服，退货怎么操作？", T, "reorder"),
        ("请问我在淘宝买的衣服怎么退货？", T, "politeness"),
        ("我在京东买的衣服怎么退货？", F, "entity"),
    ]),
    ("shopping", "拼多多的订单多久能发货", [
        ("拼多多的订单多久能发货呢", T, "particles"),
        ("拼多多的订单多久能退款", F, "action"),
    ]),
    ("shopping", "双十一买的手机可以价保吗", [
        ("请问一下，双十一买的手机可以价保吗？", T, "politeness"),
        ("双十二买的手机可以价保吗", F, "number"),
        ("双十一前买的手机可以价保吗", F, "qualifier"),
    ]),
    ("shopping", "优惠券和满减可以叠加使用吗", [
        ("满减和优惠券可以叠加使用吗", T, "reorder"),
        ("优惠券和满减能同时用吗", T, "synonym"),
        ("两张优惠券可以叠加使用吗", F, "shared-vocabulary"),
    ]),
    ("shopping", "快递显示已签收但我没收到怎么办", [
        ("物流显示已签收，但是我没收到，怎么办？", T, "synonym"),
        ("快递显示已签收但我没收到怎么办？在线等", T, "politeness"),
        ("快递显示未签收但我已经收到了怎么办", F, "negation"),
        ("快递显示已签收但我没收到，怎么查是谁签收的", F, "shared-vocabulary"),
    ]),
    ("shopping", "在苹果官网买 iPhone 15 可以分期吗", [
        ("苹果官网买 iPhone 15 能不能分期付款", T, "rephrase"),
        ("在苹果官网买 iPhone 15 可以用花呗分期吗", F, "qualifier"),
        ("在苹果官网买 iPhone 15 可以退货吗", F, "action"),
    ]),
    ("shopping", "闲鱼上卖东西要交手续费吗", [
        ("闲鱼上卖东西要交手续费吗？", T, "particles"),
        ("闲鱼上买东西要交手续费吗", F, "antonym"),
    ]),
    ("shopping", "618 活动什么时候开始？", [
        ("618活动什么时候开始呢?", T, "particles"),
        ("618 活动什么时候结束？", F, "antonym"),
        ("双11 活动什么时候开始？", F, "entity"),
    ]),
    ("shopping", "哪些商品不支持七天无理由退货", [
        ("什么商品不能七天无理由退货", T, "synonym"),
        ("哪些商品支持七天无理由退货", F, "negation"),
        ("哪些商品不支持十五天无理由退货", F, "number"),
        ("哪些商品不支持七天无理由换货", F, "action"),
    ]),
    ("shopping", "满 300 减 50 的券买 280 的东西能用吗", [
        ("满300减50的优惠券，买280元的商品能用吗", T, "rephrase"),
        ("满 300 减 50 的券买 320 的东西能用吗", F, "number"),
    ]),
    ("shopping", "iPhone 15 Pro 和 iPhone 15 Pro Max 有什么区别", [
        ("iPhone 15 Pro Max 和 iPhone 15 Pro 有什么区别", T, "reorder"),
        ("iPhone 15 Pro 跟 15 Pro Max 的区别是什么", T, "synonym"),
        ("iPhone 15 Pro 和 iPhone 15 Pro Max 哪个续航好", F, "question-word"),
    ]),
    ("shopping", "AirPods 连不上 iPhone 怎么办", [
        ("AirPods 连上了 iPhone 但没有声音怎么办", F, "negation"),
        ("iPhone 连不上 AirPods 怎么办", T, "reorder"),
        ("AirPods 连不上安卓手机怎么办", F, "entity"),
    ]),
    ("shopping", "我给卖家的差评能删除吗", [
        ("我给卖家的差评能删除吗？", T, "particles"),
        ("卖家给我的差评能删除吗", F, "direction"),
        ("我给卖家的差评能修改吗", F, "action"),
    ]),
    ("shopping", "怎么查我的快递到哪儿了", [
        ("怎么查看我的物流到哪儿了", T, "synonym"),
        ("麻烦问一下，怎么查我的快递到哪儿了？", T, "politeness"),
        ("怎么查我的快递是谁签收的", F, "question-word"),
    ]),

    # ---------------- banking ----------------
    ("banking", "工商银行的信用卡怎么提高额度？", [
        ("工商银行信用卡怎么提额？", T, "synonym"),
        ("工商银行的信用卡怎么降低额度？", F, "antonym"),
        ("工商银行的信用卡怎么临时提高额度？", F, "qualifier"),
    ]),
    ("banking", "把储蓄卡里的钱转到支付宝余额要手续费吗", [
        ("储蓄卡的钱转入支付宝余额，要不要手续费？", T, "rephrase"),
        ("把支付宝余额的钱转到储蓄卡里要手续费吗", F, "direction"),
        ("把储蓄卡里的钱转到微信零钱要手续费吗", F, "entity"),
    ]),
    ("banking", "银行卡被冻结了怎么解冻？", [
        ("请问一下，银行卡被冻结了要怎么解冻？", T, "politeness"),
        ("银行卡被冻结了怎么解冻", T, "particles"),
        ("银行卡为什么被冻结了？", F, "question-word"),
        ("银行卡被挂失了怎么解挂？", F, "action"),
    ]),
    ("banking", "定期存款提前取出利息怎么算", [
        ("定期存款提前支取，利息怎么计算", T, "synonym"),
        ("定期存款到期取出利息怎么算", F, "antonym"),
        ("定期存款提前取出本金会损失吗", F, "shared-vocabulary"),
    ]),
    ("banking", "手机银行转账限额怎么调整", [
        ("怎么调整手机银行的转账限额", T, "reorder"),
        ("麻烦问下，手机银行转账限额怎么调整？", T, "politeness"),
        ("手机银行转账限额是多少", F, "question-word"),
    ]),
    ("banking", "房贷提前还款需要违约金吗", [
        ("提前还房贷要不要付违约金", T, "rephrase"),
        ("房贷逾期还款需要违约金吗", F, "antonym"),
    ]),
    ("banking", "境外刷卡有手续费吗？", [
        ("境外刷哪些卡没有手续费？", F, "negation"),
        ("在境外刷卡有没有手续费？", T, "rephrase"),
        ("境外取现有手续费吗？", F, "action"),
        ("境外刷银联卡有手续费吗？", F, "qualifier"),
    ]),
    ("banking", "<PERSON_1>给我转账转错了，怎么退回去？", [
        ("<PERSON_1>给我转账转错了，我该怎么把钱退给他？", T, "rephrase"),
        ("麻烦问下，<PERSON_1>给我转账转错了，怎么退回去？", T, "politeness"),
        ("我给<PERSON_1>转账转错了，怎么要回来？", F, "direction"),
    ]),
    ("banking", "人民币兑换日元去哪家银行划算", [
        ("人民币换日元去哪个银行比较划算", T, "synonym"),
        ("日元兑换人民币去哪家银行划算", F, "direction"),
        ("人民币兑换日元什么时候划算", F, "question-word"),
    ]),
    ("banking", "微信零钱提现到银行卡收费吗", [
        ("微信零钱提现到银行卡要收费吗？", T, "particles"),
        ("WeChat 零钱提现到银行卡收费吗", T, "synonym"),
        ("微信零钱提现到银行卡多久到账", F, "shared-vocabulary"),
    ]),
    ("banking", "支付宝花呗怎么关闭", [
        ("花呗怎么关掉", T, "synonym"),
        ("支付宝花呗怎么开通", F, "antonym"),
        ("支付宝借呗怎么关闭", F, "entity"),
        ("支付宝花呗逾期了怎么关闭", F, "qualifier"),
    ]),
    ("banking", "从余额宝转到银行卡多久到账", [
        ("麻烦问一下，从余额宝转到银行卡多久到账？", T, "politeness"),
        ("从银行卡转到余额宝多久到账", F, "direction"),
        ("从余额宝快速转到银行卡多久到账", F, "qualifier"),
    ]),
    ("banking", "10 万块存一年定期利息多少", [
        ("十万元存一年定期有多少利息", T, "rephrase"),
        ("10 万块存一年活期利息多少", F, "antonym"),
    ]),
    ("banking", "我每月工资 8000，想存一笔应急金，应该存多少比较合适？", [
        ("我月薪 8000 元，想存应急资金，存多少合适？", T, "synonym"),
        ("我每月工资 15000，想存一笔应急金，应该存多少比较合适？", F, "number"),
    ]),

    # ---------------- health ----------------
    ("health", "布洛芬一次吃几片", [
        ("布洛芬一次吃几片呢", T, "particles"),
        ("儿童布洛芬一次吃几片", F, "qualifier"),
    ]),
    ("health", "孩子发烧38度5需要去医院吗", [
        ("小孩发烧38度5要去医院吗", T, "synonym"),
        ("孩子发烧38度5，用不用去医院？", T, "rephrase"),
        ("孩子发烧39度5需要去医院吗", F, "number"),
    ]),
    ("health", "哺乳期可以吃海鲜吗", [
        ("哺乳期能不能吃海鲜", T, "synonym"),
        ("哺乳期可以吃海鲜吗？谢谢医生", T, "politeness"),
        ("哺乳期不能吃哪些海鲜", F, "negation"),
    ]),
    ("health", "血压 140/90 算高血压吗", [
        ("血压140/90算不算高血压", T, "rephrase"),
        ("血压 140/90 算低血压吗", F, "antonym"),
    ]),
    ("health", "体检前一天晚上可以吃东西吗", [
        ("医生您好，体检前一天晚上可以吃东西吗？", T, "politeness"),
        ("体检当天早上可以吃东西吗", F, "number"),
        ("体检前一天晚上几点以后不能吃东西", F, "shared-vocabulary"),
    ]),
    ("health", "医保卡可以给家人用吗", [
        ("医保卡能给家里人用吗", T, "synonym"),
        ("请问医保卡可以给家人用吗", T, "politeness"),
        ("医保个人账户的钱可以给家人用吗", F, "qualifier"),
    ]),
    ("health", "胃疼应该挂什么科", [
        ("胃痛应该挂哪个科", T, "synonym"),
        ("胃疼应该挂什么科？", T, "particles"),
        ("牙疼应该挂什么科", F, "object"),
        ("胃疼应该吃什么药", F, "shared-vocabulary"),
    ]),
    ("health", "九价HPV疫苗第二针和第一针间隔多久", [
        ("九价HPV疫苗第一针和第二针间隔多长时间", T, "reorder"),
        ("二价HPV疫苗第二针和第一针间隔多久", F, "entity"),
    ]),
    ("health", "近视 600 度可以做激光手术吗", [
        ("近视 600 度可以做激光手术吗?", T, "particles"),
        ("近视600度，能不能做激光近视手术？", T, "rephrase"),
        ("远视 600 度可以做激光手术吗", F, "antonym"),
    ]),
    ("health", "头孢和阿莫西林可以一起吃吗", [
        ("阿莫西林和头孢能一起吃吗", T, "reorder"),
        ("头孢和布洛芬可以一起吃吗", F, "entity"),
        ("头孢和阿莫西林哪个效果好", F, "question-word"),
    ]),
    ("health", "宝宝 6 个月能吃鸡蛋黄吗", [
        ("6 个月大的宝宝可以吃蛋黄吗", T, "rephrase"),
        ("宝宝6个月能吃鸡蛋黄吗？", T, "particles"),
        ("宝宝 3 个月能吃鸡蛋黄吗", F, "number"),
    ]),
    ("health", "晚上睡不着觉要看什么科的医生", [
        ("晚上睡不着觉要看什么科的大夫", T, "synonym"),
        ("您好，想问一下晚上睡不着觉要看什么科的医生？", T, "politeness"),
        ("白天犯困要看什么科的医生", F, "antonym"),
    ]),
    ("health", "我今年 35 岁，体重 80 公斤，身高 170，算肥胖吗？", [
        ("我今年 35 岁，身高 170，体重 80 公斤，算肥胖吗？", T, "reorder"),
        ("我今年 35 岁，体重 60 公斤，身高 170，算肥胖吗？", F, "number"),
        ("我今年 35 岁，体重 80 公斤，身高 170，每天应该吃多少热量？", F, "shared-vocabulary"),
    ]),

    # ---------------- programming ----------------
    ("programming", "Python 里怎么把字符串转成整数？", [
        ("Python 中如何将字符串转换为整数？", T, "synonym"),
        ("在 Python 里，字符串怎么转成整数？", T, "reorder"),
        ("Python 里怎么把整数转成字符串？", F, "direction"),
        ("Java 里怎么把字符串转成整数？", F, "entity"),
    ]),
    ("programming", "JavaScript 中 == 和 === 有什么区别", [
        ("JavaScript 中 === 和 == 有什么区别", T, "reorder"),
        ("JavaScript 中 = 和 == 有什么区别", F, "operator"),
        ("JavaScript 中 != 和 !== 有什么区别", F, "operator"),
    ]),
    ("programming", "git pull 和 git fetch 有什么区别", [
        ("git fetch 和 git pull 有什么区别", T, "reorder"),
        ("请问 git pull 和 git fetch 的区别是什么？", T, "politeness"),
    ]),
    ("programming", "for 循环中 i++ 和 ++i 有区别吗", [
        ("for 循环里 ++i 和 i++ 有区别吗", T, "reorder"),
        ("for 循环中 i++ 和 i-- 有区别吗", F, "operator"),
        ("i++ 和 ++i 有区别吗", F, "qualifier"),
    ]),
    ("programming", "Python 3.8 支持海象运算符吗", [
        ("Python 3.8 支持海象运算符 := 吗？", T, "rephrase"),
        ("Python 3.7 支持海象运算符吗", F, "number"),
    ]),
    ("programming", "SQL 里 LEFT JOIN 和 INNER JOIN 有什么区别", [
        ("SQL 中 INNER JOIN 和 LEFT JOIN 的区别是什么", T, "reorder"),
        ("SQL 里 RIGHT JOIN 和 INNER JOIN 有什么区别", F, "antonym"),
        ("SQL 里 LEFT JOIN 和 INNER JOIN 哪个更快", F, "question-word"),
    ]),
    ("programming", "正则表达式怎么匹配手机号", [
        ("用正则表达式匹配手机号码怎么写", T, "rephrase"),
        ("正则表达式怎么匹配邮箱", F, "object"),
        ("正则表达式怎么匹配不是手机号的字符串", F, "negation"),
    ]),
    ("programming", "Docker 容器怎么查看日志", [
        ("怎么查看 Docker 容器的日志", T, "reorder"),
        ("Docker 容器怎么查看日志？", T, "particles"),
        ("Docker 容器怎么清理日志", F, "action"),
    ]),
    ("programming", "Python 中 a // b 和 a / b 有什么区别", [
        ("Python 中 a / b 和 a // b 有什么区别", T, "reorder"),
        ("Python 中 a // b 和 a % b 有什么区别", F, "operator"),
        ("Python 中 a ** b 和 a * b 有什么区别", F, "operator"),
    ]),
    ("programming", "React 中 useEffect 的依赖数组为空是什么意思", [
        ("React 里 useEffect 依赖数组传空数组代表什么", T, "rephrase"),
        ("React 中 useEffect 不传依赖数组是什么意思", F, "negation"),
        ("React 中 useMemo 的依赖数组为空是什么意思", F, "entity"),
    ]),
    ("programming", "用 Excel 怎么把两列合并成一列", [
        ("Excel 里怎么将两列合成一列", T, "synonym"),
        ("用 Excel 怎么把两行合并成一行", F, "object"),
    ]),
    ("programming", "HTTP 状态码 404 是什么意思", [
        ("HTTP 404 错误代表什么", T, "rephrase"),
        ("http状态码404是什么意思？", T, "particles"),
        ("HTTP 状态码 403 是什么意思", F, "number"),
        ("HTTP 状态码 404 怎么解决", F, "question-word"),
    ]),
    ("programming", "代码 `for i in range(10): print(i)` 输出什么？", [
        ("`for i in range(10): print(i)` 的输出是什么？", T, "reorder"),
        ("`for i in range(1, 10): print(i)` 输出什么？", F, "number"),
        ("代码 `for i in range(10): print(i)` 为什么报错？", F, "question-word"),
    ]),
    ("programming", "MySQL 怎么删除重复数据只保留一条", [
        ("MySQL 怎么删除重复数据，只留一条", T, "synonym"),
        ("请问 MySQL 里怎么删掉重复数据只保留一条？", T, "politeness"),
        ("MySQL 怎么查询重复数据", F, "action"),
        ("MySQL 怎么删除重复数据，一条都不保留", F, "negation"),
    ]),
    ("programming", "Python 中 `is` 和 `==` 有什么区别", [
        ("Python 中 `==` 和 `is` 有什么区别", T, "reorder"),
        ("Python 中 `is not` 和 `!=` 有什么区别", F, "operator"),
        ("Python 中 `is` 和 `=` 有什么区别", F, "operator"),
    ]),
    ("programming", "JavaScript 中 `a && b` 返回什么", [
        ("JS 里 `a && b` 的返回值是什么", T, "synonym"),
        ("JavaScript 中 `a || b` 返回什么", F, "operator"),
        ("JavaScript 中 `a ?? b` 返回什么", F, "operator"),
    ]),
    ("programming", "Shell 里 `>` 和 `>>` 有什么区别", [
        ("Shell 中 `>>` 和 `>` 的区别是什么", T, "reorder"),
        ("Linux 命令行里 > 和 >> 有啥不同", T, "rephrase"),
        ("Shell 里 `>` 和 `<` 有什么区别", F, "operator"),
        ("Shell 里 `|` 和 `||` 有什么区别", F, "operator"),
    ]),
    ("programming", "Node.js 16 什么时候停止维护", [
        ("Node.js 16 的维护什么时候结束", T, "rephrase"),
        ("Node.js 18 什么时候停止维护", F, "number"),
        ("Node.js 16 什么时候发布", F, "antonym"),
    ]),

    # ---------------- math ----------------
    ("math", "x^2-5x+6=0 怎么解", [
        ("方程 x^2-5x+6=0 的解是多少", T, "rephrase"),
        ("x²-5x+6=0 怎么解？", T, "rephrase"),
        ("x^2+5x+6=0 怎么解", F, "operator"),
        ("x^2-5x-6=0 怎么解", F, "operator"),
    ]),
    ("math", "7 乘 8 等于多少", [
        ("7×8=?", T, "rephrase"),
        ("7 加 8 等于多少", F, "operator"),
    ]),
    ("math", "3/4 和 2/3 哪个大", [
        ("2/3 和 3/4 哪个大", T, "reorder"),
        ("四分之三和三分之二哪个大", T, "synonym"),
        ("3/4 比 2/3 大多少", F, "shared-vocabulary"),
    ]),
    ("math", "圆的面积公式是什么", [
        ("圆面积怎么算", T, "rephrase"),
        ("圆的面积公式是什么呀", T, "particles"),
        ("圆的周长公式是什么", F, "object"),
    ]),
    ("math", "1 到 100 的所有偶数之和是多少", [
        ("从1加到100里面所有偶数的和是多少", T, "rephrase"),
        ("1 到 100 的所有奇数之和是多少", F, "antonym"),
        ("1 到 100 的所有偶数之积是多少", F, "operator"),
        ("1 到 1000 的所有偶数之和是多少", F, "number"),
    ]),
    ("math", "函数 y=2x+3 的斜率是多少", [
        ("y=2x+3 这个函数的斜率是多少", T, "reorder"),
        ("函数 y=2x+3 的截距是多少", F, "object"),
    ]),
    ("math", "100 元打八折再减 20 是多少钱", [
        ("一百块打八折以后再减二十，是多少钱？", T, "rephrase"),
        ("100 元减 20 再打八折是多少钱", F, "direction"),
        ("100 元打八五折再减 20 是多少钱", F, "number"),
        ("100 元打八折再加 20 是多少钱", F, "operator"),
    ]),
    ("math", "若 a<b 且 b<c，能推出 a<c 吗", [
        ("若 b<c 且 a<b，能推出 a<c 吗", T, "reorder"),
        ("如果 a<b 并且 b<c，可以得出 a<c 吗", T, "synonym"),
        ("若 a<b 且 b>c，能推出 a<c 吗", F, "operator"),
    ]),
    ("math", "掷两个骰子点数之和为 7 的概率是多少", [
        ("同时扔两颗骰子，点数加起来是 7 的概率多大", T, "rephrase"),
        ("掷两个骰子点数之和为 8 的概率是多少", F, "number"),
        ("掷两个骰子点数之积为 7 的概率是多少", F, "operator"),
    ]),
    ("math", "sin30° 等于多少", [
        ("sin 30 度等于多少", T, "synonym"),
        ("sin30°的值是多少?", T, "rephrase"),
        ("cos30° 等于多少", F, "operator"),
    ]),
    ("math", "求 f(x)=x^3 的导数", [
        ("f(x)=x³ 的导数是什么", T, "rephrase"),
        ("求 f(x)=x^3 的不定积分", F, "operator"),
        ("求 f(x)=x^3 的二阶导数", F, "qualifier"),
    ]),
    ("math", "2 的 10 次方是多少", [
        ("2 的 10 次方等于多少", T, "synonym"),
        ("2^10 = ?", T, "rephrase"),
        ("2 乘 10 是多少", F, "operator"),
    ]),
    ("math", "一个三角形三边是 3、4、5，面积是多少", [
        ("边长为 3、4、5 的三角形面积多大", T, "rephrase"),
        ("一个三角形三边是3,4,5，面积是多少?", T, "particles"),
    ]),

    # ---------------- school ----------------
    ("school", "高考成绩什么时候出来", [
        ("高考成绩什么时候可以查", T, "rephrase"),
        ("请问高考成绩什么时候出来啊", T, "politeness"),
        ("中考成绩什么时候出来", F, "entity"),
        ("高考成绩在哪里查", F, "question-word"),
    ]),
    ("school", "考研英语一和英语二有什么区别", [
        ("考研英语二和英语一有什么区别", T, "reorder"),
        ("考研英语一跟英语二的区别是啥", T, "synonym"),
        ("考研英语一和英语二哪个难", F, "question-word"),
    ]),
    ("school", "英语四级多少分算通过", [
        ("英语四级考多少分才算过", T, "synonym"),
        ("英语四级口语多少分算通过", F, "qualifier"),
        ("英语四级多少分算高分", F, "shared-vocabulary"),
    ]),
    ("school", "先学 Python 再学 C 语言好吗", [
        ("先学 Python，然后学 C 语言，这样好不好？", T, "rephrase"),
        ("先学 C 语言再学 Python 好吗", F, "direction"),
        ("先学 Python 再学 Java 好吗", F, "entity"),
    ]),
    ("school", "教资笔试报名需要什么条件", [
        ("教师资格证笔试报名需要什么条件", T, "synonym"),
        ("教资笔试报名需要多少钱", F, "shared-vocabulary"),
        ("在校大学生教资笔试报名需要什么条件", F, "qualifier"),
    ]),
    ("school", "论文查重率多少以下算合格", [
        ("论文查重率多少以下算合格呢", T, "particles"),
        ("硕士论文查重率多少以下算合格", F, "qualifier"),
        ("论文查重率怎么降下来", F, "shared-vocabulary"),
    ]),
    ("school", "转专业需要满足什么条件", [
        ("老师好，我想了解一下转专业需要满足什么条件", T, "politeness"),
        ("转专业什么时候申请", F, "question-word"),
        ("大一转专业需要满足什么条件", F, "qualifier"),
    ]),
    ("school", "为什么我的学籍在学信网上查不到", [
        ("我的学籍为什么在学信网上查不到", T, "reorder"),
        ("为什么我的学历在学信网上查不到", F, "object"),
        ("我的学籍在学信网上怎么查", F, "question-word"),
    ]),
    ("school", "新生开学典礼在哪里举行", [
        ("请问新生开学典礼在哪里举行呀", T, "politeness"),
        ("新生开学典礼什么时候举行", F, "question-word"),
        ("新生开学典礼谁来主持", F, "question-word"),
        ("新生毕业典礼在哪里举行", F, "antonym"),
    ]),
    ("school", "大学生助学贷款怎么申请", [
        ("大学生助学贷款怎么申请呢？", T, "particles"),
        ("大学生助学贷款怎么还款", F, "action"),
        ("大学生助学贷款每年最多能贷多少", F, "shared-vocabulary"),
    ]),
    ("school", "我家孩子<PERSON_1>今年 6 岁，可以上小学一年级吗？", [
        ("<PERSON_1>是我家小孩，今年 6 岁了，能上小学一年级吗？", T, "rephrase"),
        ("我家孩子<PERSON_1>今年 5 岁，可以上小学一年级吗？", F, "number"),
        ("我家孩子<PERSON_1>今年 6 岁，可以上幼儿园大班吗？", F, "object"),
    ]),

    # ---------------- travel ----------------
    ("travel", "从广州南到深圳北的高铁最早一班是几点", [
        ("广州南到深圳北最早的一班高铁几点发车", T, "rephrase"),
        ("从深圳北到广州南的高铁最早一班是几点", F, "direction"),
        ("从广州南到深圳北的高铁最晚一班是几点", F, "antonym"),
        ("从广州南到深圳北的高铁要坐多久", F, "shared-vocabulary"),
    ]),
    ("travel", "飞机上可以带充电宝吗", [
        ("飞机上不能带哪些充电宝", F, "negation"),
        ("请问飞机上可以带充电宝吗？", T, "politeness"),
        ("坐飞机可以带充电宝吗", T, "rephrase"),
        ("飞机上可以托运充电宝吗", F, "action"),
    ]),
    ("travel", "身份证丢了怎么坐高铁", [
        ("麻烦问一下，身份证丢了怎么坐高铁？", T, "politeness"),
        ("身份证丢了怎么坐飞机", F, "object"),
        ("身份证丢了怎么补办", F, "action"),
    ]),
    ("travel", "12306 退票手续费怎么收", [
        ("12306 什么情况下退票不收手续费", F, "negation"),
        ("12306退票要收多少手续费", T, "rephrase"),
        ("12306 退票手续费怎么收的", T, "particles"),
        ("12306 开车前 8 天以上退票手续费怎么收", F, "qualifier"),
    ]),
    ("travel", "上海迪士尼儿童票多少钱", [
        ("上海迪士尼儿童票价格是多少", T, "synonym"),
        ("上海迪士尼门票多少钱", F, "qualifier"),
        ("上海迪士尼儿童票怎么买", F, "question-word"),
    ]),
    ("travel", "国际航班提前多久到机场", [
        ("坐国际航班要提前多长时间到机场", T, "synonym"),
        ("想问下国际航班提前多久到机场？谢谢", T, "politeness"),
        ("国内航班提前多久到机场", F, "antonym"),
    ]),
    ("travel", "港澳通行证续签在哪里办", [
        ("港澳通行证续签在哪里办？", T, "particles"),
        ("港澳通行证续签要多久", F, "question-word"),
        ("港澳通行证续签的进度在哪里查", F, "shared-vocabulary"),
    ]),
    ("travel", "哪些东西不能带上高铁", [
        ("高铁上禁止携带哪些物品", T, "rephrase"),
        ("高铁上不能带哪些东西？", T, "reorder"),
        ("哪些东西可以带上高铁", F, "negation"),
    ]),
    ("travel", "北京时间比纽约时间快几个小时", [
        ("北京时间比纽约时间早几个小时", T, "synonym"),
        ("纽约时间比北京时间快几个小时", F, "direction"),
        ("夏令时期间北京时间比纽约时间快几个小时", F, "qualifier"),
    ]),
    ("travel", "故宫周一开门吗", [
        ("故宫星期一开放吗", T, "synonym"),
        ("故宫周一开门吗？", T, "particles"),
        ("故宫周二开门吗", F, "number"),
    ]),
    ("travel", "2 岁的孩子坐高铁要买票吗", [
        ("两岁的小孩坐高铁需要买票吗", T, "synonym"),
        ("2 岁的孩子坐高铁要买票吗？谢谢", T, "politeness"),
        ("2 岁的孩子坐飞机要买票吗", F, "entity"),
    ]),
    ("travel", "我下周要去杭州出差三天，住在西湖附近，有什么推荐的本地菜？", [
        ("下周去杭州出差三天，住西湖附近，能推荐几道当地特色菜吗？", T, "rephrase"),
        ("我下周要去苏州出差三天，住在金鸡湖附近，有什么推荐的本地菜？", F, "entity"),
        ("我下周要去杭州出差三天，住在西湖附近，有什么推荐的酒店？", F, "object"),
    ]),

    # ---------------- customer-service ----------------
    ("customer-service", "我的账号被盗了怎么找回", [
        ("账号被盗了，怎么找回来", T, "rephrase"),
        ("您好，我的账号被盗了，请问怎么找回？", T, "politeness"),
        ("我的账号被盗了怎么注销", F, "action"),
    ]),
    ("customer-service", "怎么注销美团账号", [
        ("美团账号怎么注销", T, "reorder"),
        ("怎么注销饿了么账号", F, "entity"),
        ("怎么注册美团账号", F, "antonym"),
        ("怎么注销美团外卖会员", F, "object"),
    ]),
    ("customer-service", "会员自动续费怎么取消", [
        ("会员自动续费为什么取消不了", F, "negation"),
        ("怎么取消会员自动续费", T, "reorder"),
        ("会员的自动续费要怎么关掉", T, "synonym"),
        ("会员自动续费扣的钱能退吗", F, "shared-vocabulary"),
    ]),
    ("customer-service", "你们的人工客服几点下班", [
        ("你们人工客服几点下班呀", T, "particles"),
        ("你们的人工客服几点上班", F, "antonym"),
        ("你们的人工客服周末几点下班", F, "qualifier"),
    ]),
    ("customer-service", "我的手机号<PHONE_1>收不到验证码怎么办", [
        ("手机号<PHONE_1>收不到验证码，怎么解决", T, "rephrase"),
        ("我的手机号<PHONE_1>收不到验证码怎么办？急", T, "politeness"),
        ("我的手机号<PHONE_1>一直收到陌生验证码怎么办", F, "negation"),
    ]),
    ("customer-service", "给<PERSON_1>寄的快递地址填错了怎么改", [
        ("给<PERSON_1>寄的快递，地址写错了怎么修改", T, "synonym"),
        ("<PERSON_1>给我寄的快递地址填错了怎么改", F, "direction"),
        ("给<PERSON_1>寄的快递电话填错了怎么改", F, "object"),
    ]),
    ("customer-service", "外卖超时了可以要求赔偿吗", [
        ("外卖送晚了能要求赔偿吗", T, "synonym"),
        ("外卖超时了可以要求赔偿吗？", T, "particles"),
        ("外卖超时了可以取消订单吗", F, "action"),
        ("外卖没超时可以要求赔偿吗", F, "negation"),
    ]),
    ("customer-service", "退款什么时候能到账", [
        ("退款多久能到账", T, "synonym"),
        ("退款什么时候能到账呢？", T, "particles"),
        ("退款为什么还没到账", F, "question-word"),
        ("退款会退到哪里", F, "question-word"),
    ]),
    ("customer-service", "怎么修改账户绑定的手机号", [
        ("怎么修改账户绑定的电话号码", T, "synonym"),
        ("账户绑定的手机号怎么改", T, "reorder"),
        ("怎么解绑账户绑定的手机号", F, "action"),
    ]),
    ("customer-service", "请问你们支持货到付款吗", [
        ("你们支持货到付款吗", T, "politeness"),
        ("你们支持货到付款吗? 谢谢", T, "politeness"),
        ("请问你们支持花呗分期吗", F, "entity"),
    ]),
    ("customer-service", "我的邮箱<EMAIL_1>收不到你们的订单确认邮件，怎么办？", [
        ("邮箱<EMAIL_1>一直没收到订单确认邮件，该怎么处理？", T, "rephrase"),
        ("我的邮箱<EMAIL_1>收不到你们的退款通知邮件，怎么办？", F, "object"),
        ("我的邮箱<EMAIL_1>收到太多你们的营销邮件，怎么办？", F, "negation"),
    ]),

    # ---------------- legal-hr ----------------
    ("legal-hr", "公司辞退员工要赔偿多少", [
        ("公司辞退员工什么情况下不用赔偿", F, "negation"),
        ("公司辞退员工要赔几个月工资", T, "rephrase"),
        ("公司辞退试用期员工要赔偿多少", F, "qualifier"),
        ("员工主动辞职公司要赔偿多少", F, "direction"),
        ("公司辞退员工要提前多久通知", F, "shared-vocabulary"),
    ]),
    ("legal-hr", "房东提前收回房子要赔偿租客吗", [
        ("房东提前收房需要赔偿租客吗", T, "synonym"),
        ("请问房东提前收回房子，要赔偿租客吗？", T, "politeness"),
        ("租客提前退租要赔偿房东吗", F, "direction"),
        ("房东提前收回房子要退押金吗", F, "object"),
    ]),
    ("legal-hr", "试用期可以不签劳动合同吗", [
        ("试用期可以不签劳动合同吗？", T, "particles"),
        ("试用期可以不交社保吗", F, "object"),
        ("试用期可以随时解除劳动合同吗", F, "action"),
    ]),
    ("legal-hr", "平时工作日加班费按几倍工资算", [
        ("工作日加班费是按几倍工资算的", T, "rephrase"),
        ("周末加班费按几倍工资算", F, "object"),
        ("平时工作日加班费怎么申请", F, "question-word"),
    ]),
    ("legal-hr", "婚前买的房子离婚时要分吗", [
        ("结婚前买的房子，离婚的时候需要分吗", T, "synonym"),
        ("婚后买的房子离婚时要分吗", F, "antonym"),
        ("婚前买的房子离婚时怎么分", F, "question-word"),
    ]),
    ("legal-hr", "被公司拖欠工资怎么办", [
        ("你好，想咨询一下被公司拖欠工资怎么办", T, "politeness"),
        ("被公司拖欠工资去哪里投诉", F, "question-word"),
    ]),
    ("legal-hr", "哪些情况下公司不能辞退员工", [
        ("公司在什么情况下不可以辞退员工", T, "rephrase"),
        ("哪些情况下公司可以辞退员工", F, "negation"),
        ("哪些情况下员工不能辞职", F, "direction"),
    ]),
    ("legal-hr", "员工违约需要向公司支付违约金吗", [
        ("请问员工违约需要向公司支付违约金吗？", T, "politeness"),
        ("公司违约需要向员工支付违约金吗", F, "direction"),
        ("员工违约需要向公司支付赔偿金吗", F, "object"),
    ]),
    ("legal-hr", "社保断缴一个月有什么影响", [
        ("您好，社保断缴一个月有什么影响？谢谢", T, "politeness"),
        ("社保断缴一个月怎么补缴", F, "shared-vocabulary"),
    ]),
    ("legal-hr", "同事<PERSON_1>离职了，他的年终奖公司还要发吗？", [
        ("<PERSON_1>已经离职了，公司还要给他发年终奖吗？", T, "rephrase"),
        ("同事<PERSON_1>离职了，他的年假公司还要补偿吗？", F, "object"),
    ]),

    # ---------------- telecom ----------------
    ("telecom", "中国移动怎么查话费余额", [
        ("移动怎么查询话费余额", T, "synonym"),
        ("中国联通怎么查话费余额", F, "entity"),
    ]),
    ("telecom", "怎么把移动的号码携号转网到电信", [
        ("移动号码怎么携号转网到电信", T, "reorder"),
        ("怎么把电信的号码携号转网到移动", F, "direction"),
        ("怎么把移动的号码携号转网到联通", F, "entity"),
    ]),
    ("telecom", "5G 套餐怎么改成 4G 套餐", [
        ("怎么把 5G 套餐改为 4G 套餐", T, "reorder"),
        ("4G 套餐怎么改成 5G 套餐", F, "direction"),
        ("5G 套餐怎么取消", F, "action"),
    ]),
    ("telecom", "手机卡欠费停机了还能接电话吗", [
        ("手机欠费停机后还可以接电话吗", T, "synonym"),
        ("手机卡欠费停机了还能接电话不", T, "particles"),
        ("手机卡欠费停机了还能打电话吗", F, "direction"),
        ("手机卡欠费停机了还能收短信吗", F, "object"),
    ]),
    ("telecom", "国际漫游怎么开通", [
        ("怎么开通国际漫游", T, "reorder"),
        ("国际漫游怎么关闭", F, "antonym"),
        ("国际漫游资费是多少", F, "shared-vocabulary"),
    ]),
    ("telecom", "副卡的流量可以共享给主卡吗", [
        ("副卡的流量可以共享给主卡吗？", T, "particles"),
        ("主卡的流量可以共享给副卡吗", F, "direction"),
        ("副卡的话费可以共享给主卡吗", F, "object"),
    ]),
    ("telecom", "怎么办理手机号过户", [
        ("手机号过户怎么办理", T, "reorder"),
        ("请问怎么办理手机号过户呢", T, "politeness"),
        ("怎么办理手机号销户", F, "action"),
        ("手机号过户需要本人到场吗", F, "shared-vocabulary"),
    ]),
    ("telecom", "帮我查一下<PHONE_1>这个号码这个月用了多少流量", [
        ("<PHONE_1>这个号码本月用了多少流量，麻烦帮我查一下", T, "politeness"),
        ("帮我查一下<PHONE_1>这个号码上个月用了多少流量", F, "number"),
        ("帮我查一下<PHONE_1>这个号码这个月还剩多少流量", F, "antonym"),
    ]),

    # ---------------- cooking ----------------
    ("cooking", "红烧肉要炖多久", [
        ("红烧肉需要炖多长时间", T, "synonym"),
        ("红烧肉用高压锅要炖多久", F, "qualifier"),
        ("红烧肉要焯水多久", F, "action"),
        ("红烧肉要放多少糖", F, "shared-vocabulary"),
    ]),
    ("cooking", "蒸鸡蛋羹用冷水还是热水", [
        ("蒸鸡蛋羹用热水还是冷水", T, "reorder"),
        ("蒸鸡蛋羹用冷水还是热水呢", T, "particles"),
        ("蒸鸡蛋羹要蒸几分钟", F, "shared-vocabulary"),
        ("煮鸡蛋用冷水还是热水", F, "action"),
    ]),
    ("cooking", "一斤米要放多少水", [
        ("想问一下，一斤米要放多少水？", T, "politeness"),
        ("两斤米要放多少水", F, "number"),
        ("一斤糯米要放多少水", F, "qualifier"),
    ]),
    ("cooking", "炖牛肉放什么调料好吃", [
        ("炖牛肉加什么调料好吃", T, "synonym"),
        ("炖牛肉放什么调料好吃呢", T, "particles"),
        ("炖羊肉放什么调料好吃", F, "object"),
        ("炖牛肉不能放什么调料", F, "negation"),
    ]),
    ("cooking", "包饺子的面怎么和", [
        ("饺子面要怎么和", T, "rephrase"),
        ("包饺子的馅怎么调", F, "object"),
        ("包包子的面怎么和", F, "entity"),
    ]),

    # ---------------- general ----------------
    ("general", "北京今天限行尾号是多少", [
        ("今天北京限行尾号是多少", T, "reorder"),
        ("北京明天限行尾号是多少", F, "number"),
        ("北京今天限行时间是几点到几点", F, "shared-vocabulary"),
    ]),
    ("general", "怎么用微信给<PERSON_1>发红包", [
        ("微信怎么给<PERSON_1>发红包", T, "reorder"),
        ("怎么用微信给<PERSON_1>转账", F, "action"),
        ("怎么让<PERSON_1>用微信给我发红包", F, "direction"),
        ("怎么用 QQ 给<PERSON_1>发红包", F, "entity"),
    ]),
    ("general", "2024 年 2 月有多少天", [
        ("2024 年的 2 月一共有几天", T, "synonym"),
        ("2024 年有多少天", F, "qualifier"),
    ]),
    ("general", "怎么把照片从 iPhone 传到电脑上", [
        ("iPhone 的照片怎么传到电脑上", T, "reorder"),
        ("怎么把照片从电脑传到 iPhone 上", F, "direction"),
        ("怎么把照片从 iPhone 传到 iPad 上", F, "entity"),
    ]),
    ("general", "电脑开机特别慢怎么办", [
        ("电脑开不了机怎么办", F, "negation"),
        ("电脑启动特别慢怎么办", T, "synonym"),
        ("电脑开机特别慢怎么办？谢谢！", T, "politeness"),
        ("电脑关机特别慢怎么办", F, "antonym"),
    ]),
    ("general", "微信聊天记录怎么迁移到新手机", [
        ("怎么把微信聊天记录迁移到新手机上", T, "reorder"),
        ("微信聊天记录怎么恢复", F, "action"),
        ("QQ 聊天记录怎么迁移到新手机", F, "entity"),
    ]),
    ("general", "2026 年世界杯在哪里举办", [
        ("2026 年世界杯在哪个国家举办", T, "synonym"),
        ("2026 年世界杯什么时候开始", F, "question-word"),
        ("2022 年世界杯在哪里举办", F, "number"),
    ]),
]

TRUE_CLASSES = {"reorder", "synonym", "politeness", "rephrase", "particles"}
FALSE_CLASSES = {"direction", "operator", "qualifier", "action", "object",
                 "shared-vocabulary", "number", "negation", "entity",
                 "question-word", "antonym"}
DOMAINS = {"shopping", "banking", "health", "programming", "school", "travel",
           "customer-service", "math", "cooking", "legal-hr", "telecom", "general"}


def build():
    rows = []
    for gi, (domain, base, variants) in enumerate(GROUPS, 1):
        assert domain in DOMAINS, domain
        assert 2 <= len(variants) <= 6, (base, len(variants))
        gid = "zh-%03d" % gi
        for v in variants:
            if len(v) == 4:
                a, b, label, cls = v
            else:
                a = base
                b, label, cls = v
            if label:
                assert cls in TRUE_CLASSES, (b, cls)
            else:
                assert cls in FALSE_CLASSES, (b, cls)
            assert a != b, a
            rows.append({"a": a, "b": b, "label": label, "lang": "zh",
                         "class": cls, "domain": domain, "group": gid})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "zh.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows,", len(GROUPS), "groups ->", out)


if __name__ == "__main__":
    main()
