#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-13.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_13_data.py
    python3 Benchmarks/data/cache-pairs/split.py Benchmarks/data/cache-pairs/extra-13.jsonl

Each group is one anchor question `a` and 5-6 variants `b`. A variant is written as "code|text"; the code names its
class, and the class fixes the label: label true means one complete, correct answer to `a` fully answers `b`.
Group ids run x13-001 ... in the order written. The output is deterministic (no randomness, fixed order).
"""
import json
import os
import re

TRUE_CODES = {
    "ord": "ordinary",      # a plain paraphrase, as another user would write it
    "syn": "synonym",       # synonyms and inflections
    "reo": "reorder",       # word order changed, roles kept
    "pol": "politeness",    # please / could you / 请问 / 麻烦
    "typ": "typo-case",     # typos, casing, missing punctuation
    "abb": "short-form",    # abbreviations and clipped chat style (pls, u, acct, w/o, 咋, WX)
    "par": "particles",     # Chinese modal particles and colloquial wording (啥, 么, 不, 啊)
}
FALSE_CODES = {
    "dir": "direction",          # roles swapped: to/from, before/after, 从/到/给/对
    "opr": "operator",           # + / -, < / >, 加 / 减
    "qua": "qualifier",          # a restricting qualifier added or dropped
    "act": "action",             # another action on the same object
    "ent": "entity",             # another entity (country, product, platform...) that changes the answer
    "obj": "object",             # the same action on another object
    "num": "number",             # another number where a threshold matters
    "neg": "negation",           # can / cannot, before / not yet, with answers that differ
    "shv": "shared-vocabulary",  # the same words, another question
    "qwd": "question-word",      # how much / how long / when / where / 多少 / 多久 / 什么时候 / 哪里
}
DOMAINS = {
    "shopping", "banking", "insurance", "health", "programming", "devops", "school", "university",
    "travel", "telecom", "real-estate", "hr", "cooking", "government", "gaming", "cars",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- shopping
G("shopping", "Can I return a gift if I don't have the receipt?",
  "ord|Is it possible to send back a present when I have no proof of purchase?",
  "pol|Hi, could you please tell me whether I can return a gift without a receipt?",
  "typ|can i return a gift if i dont have the reciept",
  "act|Can I exchange a gift if I don't have the receipt?",
  "qua|Can I return an opened gift if I don't have the receipt?",
  "shv|How long do I have to return a gift?")
G("shopping", "How do I track a guest checkout order if I lost the confirmation email?",
  "ord|I bought something without an account and deleted the order email. How can I still see where my package is?",
  "syn|How can I follow a guest order's shipment when I no longer have the confirmation email?",
  "act|How do I cancel a guest checkout order if I lost the confirmation email?",
  "act|How do I change the shipping address on a guest checkout order?",
  "shv|Can I attach a guest order to an account I create afterwards?")
G("shopping", "Does your store price match Amazon on TVs?",
  "ord|If Amazon has the same TV for less, will you lower your price to match it?",
  "abb|do u price match amazon on tvs",
  "pol|Quick question - does your store price match Amazon for televisions?",
  "ent|Does your store price match Costco on TVs?",
  "dir|Does Amazon price match your store on TVs?",
  "shv|Do you refund the difference if your own TV price drops after I buy?")
G("shopping", "What's the cheapest shipping option to Canada?",
  "ord|Which delivery method costs the least for orders going to Canada?",
  "syn|What is the least expensive way to ship to Canada?",
  "shv|What's the fastest shipping option to Canada?",
  "ent|What's the cheapest shipping option to Australia?",
  "qwd|How long does the cheapest shipping to Canada take?")
G("shopping", "Can I use two promo codes on one order?",
  "ord|Is it possible to stack more than one discount code at checkout?",
  "typ|can I use 2 promo codes on one order",
  "reo|On a single order, can I use two promo codes?",
  "num|Can I use one promo code on two orders?",
  "shv|Why does the checkout page say my promo code is invalid?")
G("shopping", "How long does a refund take to show up on my credit card?",
  "ord|After you approve my return, how many days until the money is back on my card?",
  "abb|how long til refund shows on my CC?",
  "syn|How long does it take for a refund to appear on my credit card?",
  "ent|How long does a refund take to show up in my PayPal account?",
  "qwd|Why hasn't my refund shown up on my credit card yet?",
  "obj|How long does a chargeback take to show up on my credit card?")
G("shopping", "Is the Nintendo Switch OLED in stock at your downtown store?",
  "ord|Does your downtown location currently have the Switch OLED available?",
  "syn|Is the Nintendo Switch OLED available at your downtown store?",
  "ent|Is the Nintendo Switch Lite in stock at your downtown store?",
  "qwd|When will the Nintendo Switch OLED be back in stock at your downtown store?",
  "act|Can I reserve a Nintendo Switch OLED for pickup at your downtown store?")
G("shopping", "Do I have to pay return shipping if the item arrived damaged?",
  "ord|My order came broken - am I the one who covers the cost of sending it back?",
  "pol|Could you let me know if I need to pay for return shipping when an item arrives damaged?",
  "typ|do i have to pay return shipping if item arrived damaged",
  "shv|Do I have to pay return shipping if I just changed my mind?",
  "qwd|How do I report that an item arrived damaged?",
  "qua|Do I have to pay return shipping if the damaged item was sold by a third-party seller?")
G("shopping", "双十一在天猫买的东西第二天降价了能退差价吗？",
  "ord|双11在天猫下单的，结果隔天又便宜了，可以申请补差价吗",
  "par|双十一天猫买的东西第二天降价了，能退差价不？",
  "abb|双11天猫买的 第二天降价能退差价吗",
  "act|双十一在天猫买的东西第二天降价了能直接退货重买吗？",
  "qwd|双十一在天猫买的东西降价了，多久之内可以申请退差价？",
  "shv|双十一天猫预售交的定金能退吗？")
G("shopping", "淘宝买的衣服怎么申请七天无理由退货？",
  "ord|在淘宝上买了件衣服不合适，想用7天无理由退掉，要怎么操作",
  "pol|请问一下淘宝买的衣服七天无理由退货怎么申请呀",
  "ent|拼多多买的衣服怎么申请七天无理由退货？",
  "act|淘宝买的衣服怎么申请换货？",
  "obj|淘宝买的内衣怎么申请七天无理由退货？",
  "num|淘宝买的衣服超过七天了还能无理由退货吗？")
G("shopping", "京东自营和第三方卖家有什么区别？",
  "ord|在京东买东西，自营的跟第三方店铺到底差在哪",
  "reo|第三方卖家和京东自营有什么区别？",
  "par|京东自营跟第三方卖家有啥区别啊",
  "shv|京东自营的商品怎么开发票？",
  "ent|天猫超市和第三方卖家有什么区别？",
  "qwd|京东上怎么看一个商品是不是自营的？")
G("shopping", "快递显示已签收，可是家门口和快递柜都没有，怎么办？",
  "ord|物流说包裹已经签收了，可是门口和丰巢都找不到，该找谁",
  "syn|快递写着已签收，但家门口跟快递柜里都没有，如何处理？",
  "neg|快递还没显示签收但我已经拿到了，要点确认收货吗？",
  "shv|快递显示已签收但打开发现里面少了东西怎么办？",
  "qwd|快递显示已签收以后多久会自动确认收货？")
G("shopping", "拼多多的砍一刀是真的能免费拿吗？",
  "ord|拼多多那个找好友砍价的活动，真能一分钱不花拿到东西吗",
  "par|拼多多砍一刀真的能免费拿到吗",
  "abb|PDD砍一刀真能免费拿吗",
  "act|拼多多的砍一刀怎么邀请微信好友帮忙？",
  "ent|拼多多的百亿补贴是真的便宜吗？",
  "qwd|拼多多砍一刀一般要砍多久才能砍成？")
G("shopping", "用花呗付款的订单退款后钱退到哪里？",
  "ord|订单是花呗支付的，退货退款之后这笔钱会回到哪",
  "syn|花呗付的款退款以后退回到哪里？",
  "ent|用信用卡付款的订单退款后钱退到哪里？",
  "qwd|用花呗付款的订单退款后多久到账？",
  "act|用花呗付款的订单能改成余额支付吗？")
G("shopping", "买iPhone 15在官网买和在京东买哪个更划算？",
  "ord|iPhone 15 到底是苹果官网便宜还是京东便宜",
  "reo|在京东买和在官网买iPhone 15，哪个更划算？",
  "pol|想问下买iPhone 15在官网和京东哪个更划算呀",
  "ent|买华为Mate 60在官网买和在京东买哪个更划算？",
  "shv|iPhone 15在官网买和在京东买保修一样吗？",
  "qwd|iPhone 15在京东买什么时候最便宜？")
G("shopping", "满300减50的券可以跨店用吗？",
  "ord|那个满300减50的优惠券，不同店铺的商品凑一起能用吗",
  "par|满300减50的券能跨店用不",
  "num|满200减30的券可以跨店用吗？",
  "act|满300减50的券可以转送给别人吗？",
  "shv|满300减50的券用了以后退款，券还会退回来吗？")
# ---------------------------------------------------------------- banking
G("banking", "What's the cheapest way to send money from the US to India?",
  "ord|Which service has the lowest fees for wiring cash from America to India?",
  "abb|cheapest way to send $ from US to India?",
  "syn|What is the least expensive way to transfer money from the US to India?",
  "dir|What's the cheapest way to send money from India to the US?",
  "ent|What's the cheapest way to send money from the US to the Philippines?",
  "qwd|How long does it take to send money from the US to India?")
G("banking", "What happens if I overdraw my checking account?",
  "ord|If I spend more than what's in my checking, what will the bank do?",
  "abb|what happens if i overdraw my checking acct",
  "syn|What happens if my checking account goes overdrawn?",
  "act|How do I opt out of overdraft protection on my checking account?",
  "shv|What happens if I close a checking account that is overdrawn?",
  "ent|What happens if I go over the limit on my credit card?")
G("banking", "Does a balance transfer hurt my credit score?",
  "ord|Will moving my card debt to a new card lower my credit rating?",
  "syn|Does doing a balance transfer damage my credit score?",
  "shv|How much is the fee for a balance transfer?",
  "act|Does closing my old card after a balance transfer hurt my credit score?",
  "ent|Does a debt consolidation loan hurt my credit score?")
G("banking", "Can I deposit a check with the mobile app if it's made out to my spouse?",
  "ord|The check has my wife's name on it, not mine. Can I still deposit it through the bank app?",
  "abb|can i mobile deposit a check made out to my spouse",
  "ent|Can I deposit a check with the mobile app if it's made out to my business?",
  "shv|Is there a limit on how much I can deposit with the mobile app?",
  "act|Can I cash a check made out to my spouse at the branch?")
G("banking", "Why was my debit card declined at a gas station?",
  "ord|My debit card got rejected at the pump - what could cause that?",
  "typ|why was my debit card declined at gas station",
  "pol|Hi, can you help me understand why my debit card was declined at a gas station?",
  "ent|Why was my debit card declined at an ATM abroad?",
  "act|Why was my debit card charged twice at a gas station?",
  "shv|Why does a gas station put a hold on my debit card?")
G("banking", "Should I pay off my car loan early or invest the extra money?",
  "ord|Is it smarter to put spare cash toward paying down my auto loan or into investments?",
  "reo|Should I invest the extra money or pay off my car loan early?",
  "ent|Should I pay off my mortgage early or invest the extra money?",
  "act|Should I refinance my car loan or pay it off early?",
  "shv|Is there a penalty for paying off my car loan early?")
G("banking", "How many days after the statement date is my credit card payment due?",
  "ord|What's the gap between when my card statement closes and when the bill has to be paid?",
  "abb|cc payment due how many days after statement date?",
  "syn|How many days after the statement closing date is my credit card bill due?",
  "dir|How many days before the statement date should I pay my credit card to lower my utilization?",
  "qwd|What time of day is my credit card payment due on the due date?",
  "shv|What happens if I pay my credit card one day after the due date?")
G("banking", "Can I open a bank account in the US without a Social Security number?",
  "ord|I don't have an SSN. Is it still possible to get a US bank account?",
  "abb|open US bank acct w/o SSN?",
  "pol|Could someone tell me if it's possible to open a bank account in the US without a Social Security number?",
  "ent|Can I open a bank account in Canada without a Social Insurance Number?",
  "obj|Can I get a credit card in the US without a Social Security number?",
  "qua|Can I open a bank account in the US online without a Social Security number?")
G("banking", "工资卡里的钱怎么转到支付宝余额宝？",
  "ord|想把工资卡上的钱存进余额宝，要怎么弄",
  "abb|工资卡转余额宝怎么操作",
  "pol|麻烦问一下，工资卡的钱要怎么转进支付宝余额宝？",
  "dir|余额宝里的钱怎么转到工资卡？",
  "ent|工资卡里的钱怎么转到微信零钱通？",
  "qwd|工资卡转到余额宝有手续费吗？")
G("banking", "信用卡最低还款会影响征信吗？",
  "ord|这个月只还了信用卡的最低额度，会不会在征信上留下不好的记录",
  "par|信用卡只还最低还款额会影响征信么",
  "syn|信用卡还最低还款额会不会影响个人信用记录？",
  "shv|信用卡最低还款的利息怎么算？",
  "neg|信用卡连最低还款都没还会影响征信吗？",
  "act|信用卡分期还款会影响征信吗？")
G("banking", "人民币兑换日元在哪里换最划算？",
  "ord|要去日本玩，想把人民币换成日元，去哪换汇率最好",
  "syn|人民币换日元去哪儿换最划算？",
  "dir|日元兑换人民币在哪里换最划算？",
  "ent|人民币兑换韩元在哪里换最划算？",
  "qwd|人民币兑换日元每人每年最多能换多少？")
G("banking", "工资卡突然被银行冻结了，要怎么解冻？",
  "ord|我的工资卡莫名其妙被冻住了，怎么才能恢复正常使用",
  "par|工资卡突然给冻结了咋解冻啊",
  "qwd|工资卡为什么会突然被银行冻结？",
  "act|工资卡被冻结了还能往里面打工资吗？",
  "ent|微信钱包突然被冻结了怎么解冻？")
G("banking", "商业房贷提前还款银行收违约金吗？",
  "ord|我想提前把商贷还掉一部分，银行会收罚金吗",
  "syn|商业房贷提前还款要不要交违约金？",
  "qua|商业房贷还款满一年以后提前还款要交违约金吗？",
  "shv|商业房贷提前还款是缩短年限好还是减少月供好？",
  "ent|车贷提前还款银行收违约金吗？")
G("banking", "手机银行转账转错人了能撤回吗？",
  "ord|用手机银行给人转钱，收款人填错了，还能把钱追回来吗",
  "par|手机银行转错账了能撤回不",
  "syn|手机银行转错人能撤销吗",
  "ent|微信转账转错人了能撤回吗？",
  "qwd|手机银行转账转错人了要多久能退回来？",
  "shv|手机银行转账能设置延时到账吗？")
G("banking", "定期存款没到期取出来利息怎么算？",
  "ord|定期还没到期我就想把钱取出来，利息会按什么算",
  "syn|定期存款提前支取的话利息怎么计算？",
  "neg|定期存款到期了没取，利息怎么算？",
  "act|定期存款没到期能转存吗？",
  "ent|大额存单没到期取出来利息怎么算？")
G("banking", "支付宝花呗和信用卡哪个利息高？",
  "ord|花呗跟银行信用卡比，谁的利息更贵一点",
  "reo|信用卡和支付宝花呗哪个利息高？",
  "abb|花呗vs信用卡 哪个利息高",
  "shv|支付宝花呗和信用卡哪个提额快？",
  "ent|支付宝借呗和信用卡哪个利息高？",
  "act|支付宝花呗能还信用卡吗？")
# ---------------------------------------------------------------- insurance
G("insurance", "Does renters insurance cover theft from my car?",
  "ord|If someone breaks into my car and steals my laptop, will my renter's policy pay for it?",
  "typ|does renters insurence cover theft from my car",
  "reo|Is theft from my car covered by renters insurance?",
  "obj|Does renters insurance cover damage to my car?",
  "shv|Does renters insurance cover theft of my car?",
  "ent|Does renters insurance cover theft from my storage unit?")
G("insurance", "How do I add my teenage son to my car insurance?",
  "ord|My 16-year-old just got his license. What's the process to put him on my auto policy?",
  "pol|Could you explain how to add my teenage son to my car insurance policy?",
  "act|How do I remove my son from my car insurance?",
  "qwd|How much will my car insurance go up if I add my teenage son?",
  "dir|Can I be added to my parents' car insurance?")
G("insurance", "Is a root canal covered under my dental insurance?",
  "ord|Will my dental plan pay for root canal treatment?",
  "syn|Does my dental insurance cover a root canal?",
  "abb|root canal covered by dental ins?",
  "ent|Is a dental implant covered under my dental insurance?",
  "qwd|How much does a root canal cost without dental insurance?",
  "qua|Is a root canal covered under my dental insurance during the waiting period?")
G("insurance", "What's the difference between term and whole life insurance?",
  "ord|How does term life compare to whole life coverage?",
  "reo|What's the difference between whole and term life insurance?",
  "typ|whats the diffrence between term and whole life insurance",
  "ent|What's the difference between term life and universal life insurance?",
  "act|Can I convert term life insurance to whole life?",
  "shv|How much term life insurance do I need?")
G("insurance", "Does travel insurance cover a cancelled flight due to bad weather?",
  "ord|If my flight gets scrapped because of a storm, will my trip insurance reimburse me?",
  "pol|Hi, I'd like to know whether travel insurance covers flights cancelled because of bad weather.",
  "syn|Does trip insurance cover flights canceled because of bad weather?",
  "qua|Does travel insurance cover a cancelled flight if I bought it after the storm was named?",
  "ent|Does travel insurance cover a cancelled flight due to an airline strike?",
  "obj|Does travel insurance cover a delayed flight due to bad weather?")
G("insurance", "Will my health insurance pay for an ambulance ride?",
  "ord|Do health plans usually cover the cost of being taken to hospital by ambulance?",
  "abb|does health ins cover ambulance",
  "ent|Will my health insurance pay for an air ambulance?",
  "qua|Will my health insurance pay for an ambulance ride if the ambulance company is out of network?",
  "qwd|How much does an ambulance ride cost without insurance?")
G("insurance", "Can I cancel my car insurance after I sell my car?",
  "ord|I just sold my vehicle. Am I able to end the auto policy now?",
  "reo|After I sell my car, can I cancel my car insurance?",
  "dir|Can I cancel my car insurance before I sell my car?",
  "shv|Will I get a refund if I cancel my car insurance after selling my car?",
  "act|Can I transfer my car insurance to the buyer when I sell my car?")
G("insurance", "Does homeowners insurance cover a tree falling on my house?",
  "ord|A tree came down on my roof during a storm - is that something my home insurance pays for?",
  "syn|Is damage from a tree falling on my house covered by homeowners insurance?",
  "typ|does home owners insurance cover a tree falling on my house",
  "dir|Does homeowners insurance cover my tree falling on my neighbor's house?",
  "ent|Does homeowners insurance cover a tree falling on my car?",
  "act|Does homeowners insurance cover removing a dead tree from my yard?")
G("insurance", "医保卡里的钱可以给家人用吗？",
  "ord|我医保账户里的余额能拿来给我爸妈看病买药吗",
  "par|医保卡的钱能给家里人用么",
  "act|医保卡里的余额能取现吗？",
  "qwd|医保卡里的钱每个月什么时候到账？",
  "shv|医保卡可以在外地的药店刷吗？")
G("insurance", "预算有限，重疾险和百万医疗险应该先买哪个？",
  "ord|钱不多的话，重大疾病险和百万医疗优先配置哪一个",
  "par|预算不多，重疾险跟百万医疗险先买哪个好呀",
  "ent|预算有限，重疾险和寿险应该先买哪个？",
  "shv|百万医疗险能报销门诊费用吗？",
  "qwd|百万医疗险一年保费大概多少钱？")
G("insurance", "车险出险一次第二年保费涨多少？",
  "ord|去年报了一次车险理赔，今年续保价格会上浮多少",
  "abb|车险出险1次 次年保费涨多少",
  "syn|车险理赔一次，下一年保费会涨多少？",
  "num|车险出险三次第二年保费涨多少？",
  "neg|车险一年没出险第二年保费能便宜多少？",
  "act|车险出险一次后第二年能换保险公司吗？")
G("insurance", "孩子在学校摔伤了学平险能报吗？",
  "ord|小孩在学校里摔跤受了伤，学生平安保险能理赔吗",
  "syn|孩子在学校摔伤了，学平险可以报销吗？",
  "ent|孩子在学校摔伤了新农合能报吗？",
  "qwd|孩子在学校摔伤了学平险要怎么报？",
  "dir|孩子在学校把同学撞伤了学平险能报吗？")
G("insurance", "退保能退回多少钱？",
  "ord|保险不想买了，中途退掉的话能拿回多少",
  "par|退保能退多少钱啊",
  "pol|请问一下保险退保的话能退回多少钱？",
  "qwd|退保要多久才能到账？",
  "qua|犹豫期内退保能退回多少钱？",
  "act|退保以后还能重新投保吗？")
G("insurance", "买了意外险骑电动车出事能赔吗？",
  "ord|我有意外险，骑电瓶车出了事故，保险公司会赔吗",
  "abb|意外险 骑电动车出事 能赔吗",
  "syn|骑电动车出了意外，意外险给赔吗？",
  "ent|买了意外险骑摩托车出事能赔吗？",
  "qua|买了意外险醉酒骑电动车出事能赔吗？",
  "dir|买了意外险骑电动车撞伤了别人能赔吗？")
G("insurance", "换工作社保断缴一个月会有什么影响？",
  "ord|跳槽中间空了一个月没交社保，会带来哪些后果",
  "par|换工作社保断了一个月有啥影响吗",
  "num|换工作社保断缴三个月会有什么影响？",
  "act|换工作社保断缴的那一个月能补缴吗？",
  "ent|换工作公积金断缴一个月会有什么影响？")
G("insurance", "网上买的百万医疗险靠谱吗？",
  "ord|在支付宝、微信上卖的那种百万医疗保险，到底能不能信",
  "syn|网上买的百万医疗险可靠吗？",
  "act|网上买的百万医疗险怎么退保？",
  "ent|网上买的重疾险靠谱吗？",
  "qwd|网上买的百万医疗险什么时候开始生效？")
# ---------------------------------------------------------------- health
G("health", "Is it OK to take ibuprofen first thing in the morning before breakfast?",
  "ord|Can I swallow an Advil right after waking up, before I've eaten anything?",
  "typ|is it ok to take ibuprofen first thing in the morning before brekfast",
  "syn|Is it safe to take ibuprofen in the morning without eating breakfast first?",
  "ent|Is it OK to take acetaminophen first thing in the morning before breakfast?",
  "shv|What's the maximum ibuprofen dose for an adult in 24 hours?",
  "act|Is it OK to drink coffee right after taking ibuprofen?")
G("health", "How long is the flu contagious after symptoms start?",
  "ord|Once I start feeling flu symptoms, for how many days can I spread it to others?",
  "abb|how long r u contagious w/ flu after symptoms start",
  "syn|For how long after symptoms begin is influenza contagious?",
  "ent|How long is COVID contagious after symptoms start?",
  "dir|How long before symptoms start is the flu contagious?",
  "shv|How long does the flu last?")
G("health", "Is a blood pressure of 140/90 high?",
  "ord|My reading was 140 over 90 - should I be worried that's too high?",
  "reo|Is 140/90 a high blood pressure?",
  "num|Is a blood pressure of 90/60 low?",
  "shv|How do I lower a blood pressure of 140/90 without medication?",
  "qwd|When should I take my blood pressure, morning or evening?")
G("health", "What should I do if my child swallowed a coin?",
  "ord|My toddler just swallowed a penny. What steps should I take?",
  "pol|Please help, what do I do if my kid swallowed a coin?",
  "syn|What should I do if my kid has swallowed a coin?",
  "ent|What should I do if my child swallowed a button battery?",
  "qwd|How long does it take for a swallowed coin to pass?",
  "obj|What should I do if my child put a coin in their ear?")
G("health", "Do I need a prescription for an EpiPen in the US?",
  "ord|Can I buy an EpiPen at an American pharmacy without a doctor's script?",
  "abb|need rx for epipen in US?",
  "ent|Do I need a prescription for Narcan in the US?",
  "qwd|How much does an EpiPen cost without insurance in the US?",
  "shv|How do I use an EpiPen?")
G("health", "How much water should I drink a day if I work out for an hour daily?",
  "ord|I exercise for about an hour every day. What's a good daily amount of water for me?",
  "typ|how much water shoud i drink a day if i workout an hour daily",
  "syn|How many liters of water should I drink each day if I exercise for an hour daily?",
  "shv|How much water should I drink during an hour-long workout?",
  "qwd|When should I drink water before an hour-long workout?",
  "ent|How much protein should I eat a day if I work out for an hour daily?")
G("health", "Can I get a flu shot and a COVID booster on the same day?",
  "ord|Is it safe to receive both the influenza vaccine and the covid booster in one visit?",
  "reo|Can I get a COVID booster and a flu shot on the same day?",
  "ent|Can I get a flu shot and a shingles vaccine on the same day?",
  "qua|Can I get a flu shot and a COVID booster on the same day if I have a fever?",
  "shv|Where can I get a free flu shot?")
G("health", "Is it normal for my period to be late after stopping birth control?",
  "ord|I came off the pill and now my cycle is delayed - is that expected?",
  "syn|Is it common for periods to be late after stopping birth control?",
  "act|Is it normal for my period to be late after starting birth control?",
  "qwd|How long after stopping birth control can I get pregnant?",
  "ent|Is it normal for my period to be late after taking Plan B?")
G("health", "小孩发烧到多少度才需要吃退烧药？",
  "ord|宝宝体温烧到几度的时候需要用退烧药",
  "par|小孩发烧多少度要吃退烧药啊",
  "qwd|小孩发烧吃了退烧药多久能退？",
  "act|小孩发烧到多少度需要去医院？",
  "shv|小孩发烧可以用酒精擦身体降温吗？")
G("health", "空腹可以喝牛奶吗？",
  "ord|早上什么都没吃，直接喝一杯牛奶对胃好不好",
  "syn|空腹能喝牛奶吗",
  "ent|空腹可以喝咖啡吗？",
  "shv|喝牛奶拉肚子是乳糖不耐受吗？",
  "qwd|一天喝多少牛奶合适？")
G("health", "单位体检要抽血，前一天晚上几点以后就不能吃东西了？",
  "ord|明天早上体检抽血，今晚最晚吃到几点",
  "syn|体检抽血前一晚，几点之后需要禁食？",
  "obj|单位体检要抽血，前一天晚上可以喝白开水吗？",
  "dir|体检抽完血多久可以吃东西？",
  "shv|单位体检的报告一般几天能出来？")
G("health", "感冒了能不能吃头孢？",
  "ord|得了普通感冒，吃点头孢类抗生素有没有用",
  "par|感冒了可以吃头孢么",
  "abb|感冒吃头孢行吗",
  "shv|吃了头孢能不能喝酒？",
  "ent|感冒了能不能吃布洛芬？",
  "qua|细菌感染引起的感冒能不能吃头孢？")
G("health", "做核磁共振之前要摘掉什么东西？",
  "ord|去拍MRI，身上哪些东西得先取下来",
  "abb|做MRI前要摘啥",
  "ent|做CT之前要摘掉什么东西？",
  "qwd|做核磁共振要多长时间？",
  "shv|装了心脏起搏器能做核磁共振吗？")
G("health", "HPV疫苗九价和四价有什么区别？",
  "ord|九价HPV跟四价HPV疫苗主要差在哪",
  "reo|四价和九价HPV疫苗有什么区别？",
  "par|HPV疫苗九价跟四价有啥区别啊",
  "ent|HPV疫苗二价和四价有什么区别？",
  "qwd|九价HPV疫苗多少岁以后不能打？",
  "shv|打完HPV疫苗还需要做宫颈癌筛查吗？")
G("health", "晚上总是失眠可以吃褪黑素吗？",
  "ord|我老是睡不着，靠吃褪黑素助眠可以吗",
  "syn|晚上老失眠，能吃褪黑素吗？",
  "qua|孕妇晚上失眠可以吃褪黑素吗？",
  "ent|晚上总是失眠可以吃安眠药吗？",
  "qwd|褪黑素睡前多久吃效果最好？")
G("health", "牙龈出血是缺什么维生素？",
  "ord|刷牙老出血，是不是身体缺了某种维生素",
  "par|牙龈出血是缺啥维生素呀",
  "shv|牙龈出血应该挂什么科？",
  "ent|嘴角烂了是缺什么维生素？",
  "qwd|牙龈出血要补多少维生素C？")
# ---------------------------------------------------------------- programming
G("programming", "How do I reverse a list in Python without modifying the original?",
  "ord|What's the way to get a reversed copy of a Python list while leaving the original untouched?",
  "abb|python reverse list w/o changing original",
  "syn|How can I reverse a Python list without mutating the original one?",
  "qua|How do I reverse a list in Python in place?",
  "ent|How do I reverse an array in JavaScript without modifying the original?",
  "act|How do I sort a list in Python without modifying the original?")
G("programming", "Why does [] == false evaluate to true in JavaScript?",
  "ord|In JS, how come an empty array loosely equals false?",
  "typ|why does [] == false return true in javascript",
  "opr|Why does [] === false evaluate to false in JavaScript?",
  "shv|Why does [] + [] evaluate to an empty string in JavaScript?",
  "shv|Why is an empty array truthy in an if statement in JavaScript?")
G("programming", "How do I unstage one file after git add but keep my edits?",
  "ord|I accidentally staged a file with git add. How do I take it out of the staging area without losing the changes?",
  "abb|git: unstage 1 file, keep edits",
  "syn|How can I unstage a single file after running git add without losing my changes?",
  "act|How do I discard my edits to one file after git add?",
  "shv|How do I stage only part of a file with git add?",
  "qwd|How do I see which files I've already staged with git add?")
G("programming", "In Python, how do I get a value from a dict and return 0 if the key is missing?",
  "ord|Python dict lookup with a default of 0 when the key isn't there - how?",
  "abb|py dict get w/ default 0 if key missing",
  "act|In Python, how do I delete a key from a dict without an error if the key is missing?",
  "ent|In JavaScript, how do I get a value from an object and return 0 if the key is missing?",
  "qwd|In Python, why does dict[key] raise KeyError when the key is missing?")
G("programming", "How do I center a div horizontally and vertically with flexbox?",
  "ord|Using CSS flex, what's the way to put a div in the exact middle of its parent?",
  "typ|how to center a div horizontaly and verticaly with flexbox",
  "pol|Could someone show me how to center a div both horizontally and vertically using flexbox?",
  "ent|How do I center a div horizontally and vertically with CSS grid?",
  "act|How do I align a div to the right with flexbox?",
  "shv|Why doesn't align-items: center vertically center my div?")
G("programming", "What does it mean when a Java method is declared static?",
  "ord|In Java, what changes when I put the static keyword on a method?",
  "syn|What does declaring a method static do in Java?",
  "ent|What does it mean when a C function is declared static?",
  "shv|What does it mean when a Java variable is declared final?",
  "qwd|Can a static method in Java be overridden?")
G("programming", "How do I parse a 'YYYY-MM-DD' string into a Date in JavaScript without the timezone shifting it?",
  "ord|new Date('2024-03-05') gives me the previous day in my timezone - how do I parse a YYYY-MM-DD string as a local date?",
  "abb|js parse YYYY-MM-DD as local date, no tz shift",
  "dir|How do I format a JavaScript Date as a 'YYYY-MM-DD' string?",
  "ent|How do I parse a 'YYYY-MM-DD' string into a date in Python?",
  "shv|How do I add days to a Date in JavaScript?")
G("programming", "How do I read a large CSV file in pandas without running out of memory?",
  "ord|My CSV is too big to load into a pandas DataFrame at once - how do I process it without a memory error?",
  "syn|How can I load a huge CSV in pandas without running out of RAM?",
  "abb|pandas read big csv w/o OOM",
  "dir|How do I write a large DataFrame to CSV in pandas without running out of memory?",
  "ent|How do I read a large Excel file in pandas without running out of memory?",
  "shv|How do I check how much memory a pandas DataFrame uses?")
G("programming", "Python里怎么把列表里的重复元素去掉并保持原来的顺序？",
  "ord|Python列表去重，但是顺序不能乱，怎么写",
  "abb|py list去重 保持顺序",
  "syn|Python中如何删除列表里的重复项并保留原顺序？",
  "ent|JavaScript里怎么把数组里的重复元素去掉并保持原来的顺序？",
  "act|Python里怎么统计列表里每个元素重复了几次？",
  "qwd|Python里为什么用set去重后顺序会乱？")
G("programming", "git push 报错 rejected non-fast-forward 怎么解决？",
  "ord|推代码的时候 git 提示 non-fast-forward 被拒绝了，该怎么处理",
  "typ|git push报错rejected non-fast-forward怎么解决",
  "shv|git pull 报错 refusing to merge unrelated histories 怎么解决？",
  "qwd|git push 报错 rejected non-fast-forward 的时候能直接用 --force 吗？",
  "ent|git push 报错 Permission denied (publickey) 怎么解决？")
G("programming", "MySQL里怎么查询某个字段不为空的记录？",
  "ord|MySQL 要筛出某一列有值的那些行，SQL 怎么写",
  "abb|mysql 查字段不为空的数据",
  "syn|MySQL中怎样查出某字段非空的记录？",
  "neg|MySQL里怎么查询某个字段为空的记录？",
  "ent|MongoDB里怎么查询某个字段不为空的记录？",
  "act|MySQL里怎么把某个字段为空的记录更新成默认值？")
G("programming", "Vue3 里 ref 和 reactive 有什么区别？",
  "ord|Vue 3 的 ref() 跟 reactive() 到底该怎么区分、各自用在哪",
  "reo|reactive 和 ref 在 Vue3 里有什么区别？",
  "par|Vue3里ref跟reactive有啥区别啊",
  "ent|Vue3 里 computed 和 watch 有什么区别？",
  "shv|Vue3 里 reactive 对象解构后为什么会丢失响应式？",
  "ent|React 里 useState 和 useRef 有什么区别？")
G("programming", "Java 中 HashMap 是线程安全的吗？",
  "ord|多线程环境下直接用 Java 的 HashMap 会不会出问题",
  "syn|Java的HashMap线程安全吗",
  "typ|java hashmap 是线程安全的吗",
  "ent|Java 中 ConcurrentHashMap 是线程安全的吗？",
  "ent|Java 中 ArrayList 是线程安全的吗？",
  "qwd|Java 中 HashMap 的默认容量是多少？")
G("programming", "Python 的 requests 怎么设置超时时间？",
  "ord|用 requests 发请求的时候，怎么让它超过几秒就不等了",
  "abb|requests 设置 timeout 咋写",
  "ent|Python 的 aiohttp 怎么设置超时时间？",
  "obj|Python 的 requests 怎么设置代理？",
  "qwd|Python 的 requests 默认超时时间是多少？")
G("programming", "for 循环里写 i++ 和 ++i 结果有区别吗？",
  "ord|for(int i=0;i<n;i++) 把 i++ 换成 ++i，循环效果会变吗",
  "par|for循环里用i++跟++i有区别么",
  "opr|for 循环里写 i++ 和 i+=2 结果有区别吗？",
  "shv|赋值语句 a = i++ 和 a = ++i 结果有区别吗？",
  "act|for 循环里怎么倒着遍历数组？")
G("programming", "TypeScript 里 interface 和 type 该用哪个？",
  "ord|写 TS 的时候，定义对象类型到底用 interface 还是 type 别名好",
  "reo|TypeScript 里 type 和 interface 该用哪个？",
  "abb|TS interface vs type 用哪个",
  "ent|TypeScript 里 any 和 unknown 该用哪个？",
  "act|TypeScript 里 interface 怎么继承一个 type？",
  "shv|TypeScript 里 interface 可以声明合并吗？")
# ---------------------------------------------------------------- devops
G("devops", "How do I see which process is using port 8080 on Linux?",
  "ord|On a Linux box, something is already bound to 8080 - how do I find out what it is?",
  "abb|linux: whats using port 8080",
  "syn|How can I find out what process is listening on port 8080 in Linux?",
  "ent|How do I see which process is using port 8080 on Windows?",
  "act|How do I kill whatever process is holding port 8080 on Linux?",
  "dir|How do I see which ports a given process is listening on in Linux?")
G("devops", "How do I copy a file from my local machine to a remote server with scp?",
  "ord|What's the scp command to upload a file from my laptop to a server?",
  "typ|how to copy file from local to remote server using scp",
  "pol|Can someone remind me how to scp a file from my local machine up to a remote server?",
  "dir|How do I copy a file from a remote server to my local machine with scp?",
  "ent|How do I copy a file from my local machine to a remote server with rsync?",
  "obj|How do I copy a whole folder from my local machine to a remote server with scp?")
G("devops", "How do I restart a Kubernetes deployment without downtime?",
  "ord|What's the way to do a rolling restart of a k8s deployment so the service stays up?",
  "abb|k8s restart deployment w/o downtime",
  "act|How do I roll back a Kubernetes deployment without downtime?",
  "shv|How do I scale a Kubernetes deployment down to zero?",
  "qwd|Why does my Kubernetes deployment have downtime during a restart?")
G("devops", "How do I make a cron job run every 15 minutes?",
  "ord|What crontab line runs a script four times an hour, every quarter hour?",
  "typ|how do i make a cronjob run every 15 mins",
  "syn|What's the cron expression to run a job every fifteen minutes?",
  "num|How do I make a cron job run every 15 seconds?",
  "shv|How do I make a cron job run at 15 minutes past every hour?",
  "ent|How do I make a systemd timer run every 15 minutes?")
G("devops", "Why is my Docker image so large and how can I make it smaller?",
  "ord|Any tips for shrinking a bloated Docker image, and what usually makes them so big?",
  "syn|Why is my Docker image so big, and how do I reduce its size?",
  "ent|Why is my node_modules folder so large and how can I make it smaller?",
  "shv|How do I see the size of each layer in my Docker image?",
  "qwd|Where are Docker images stored on disk?")
G("devops", "How do I check disk usage by folder on Ubuntu?",
  "ord|On Ubuntu, what command shows how much space each directory is taking up?",
  "abb|ubuntu: disk usage per folder cmd",
  "obj|How do I check free memory on Ubuntu?",
  "act|How do I free up disk space on Ubuntu?",
  "shv|How do I check which disk partition is full on Ubuntu?")
G("devops", "How do I set an environment variable in a GitHub Actions workflow?",
  "ord|In a GitHub Actions YAML, where do I define env vars for my steps?",
  "typ|how to set env variable in github actions workflow",
  "pol|Hey, could anyone explain how to set an environment variable in a GitHub Actions workflow?",
  "obj|How do I read a secret in a GitHub Actions workflow?",
  "shv|How do I pass an output from one job to another in GitHub Actions?",
  "ent|How do I set an environment variable in a GitLab CI pipeline?")
G("devops", "Nginx returns 502 Bad Gateway - what does that mean?",
  "ord|My site behind nginx is showing a 502 error. What is it telling me?",
  "syn|What does a 502 Bad Gateway from nginx mean?",
  "num|Nginx returns 504 Gateway Timeout - what does that mean?",
  "num|Nginx returns 413 Request Entity Too Large - what does that mean?",
  "act|How do I make nginx show a custom 502 error page?")
G("devops", "Docker 容器里的时间和宿主机差了8小时怎么办？",
  "ord|容器里面的时区不对，跟服务器比少了八个小时，要怎么改",
  "abb|docker容器时间差8小时 咋解决",
  "num|Docker 容器里的时间和宿主机差了几秒怎么办？",
  "ent|Java 程序打的日志时间比系统时间差了8小时怎么办？",
  "qwd|Docker 容器默认用的是什么时区？")
G("devops", "Linux 怎么查看某个端口有没有被占用？",
  "ord|在 Linux 上想确认一个端口是不是已经被别的程序用了，用什么命令",
  "par|linux查端口有没有被占用咋查",
  "ent|Windows 怎么查看某个端口有没有被占用？",
  "act|Linux 怎么开放某个端口让外网访问？",
  "shv|Linux 上端口号最大是多少？")
G("devops", "K8s 里 Pod 一直 CrashLoopBackOff 怎么排查？",
  "ord|Kubernetes 的 pod 不停重启，状态是 CrashLoopBackOff，应该从哪里开始查",
  "abb|pod一直CrashLoopBackOff咋排查",
  "syn|Kubernetes 中 Pod 反复处于 CrashLoopBackOff 该如何排查？",
  "ent|K8s 里 Pod 一直 Pending 怎么排查？",
  "ent|K8s 里 Pod 一直 ImagePullBackOff 怎么排查？",
  "act|K8s 里怎么删除一直 CrashLoopBackOff 的 Pod？")
G("devops", "nginx 怎么把 http 自动跳转到 https？",
  "ord|网站配好了证书，想让访问 http 的人都被重定向到 https，nginx 怎么写",
  "abb|nginx http强制跳https配置",
  "par|nginx 咋让 http 自动跳到 https 呀",
  "dir|nginx 怎么把 https 跳转到 http？",
  "ent|Apache 怎么把 http 自动跳转到 https？",
  "act|nginx 怎么配置 https 证书？")
G("devops", "服务器 CPU 占用 100% 怎么找出是哪个进程？",
  "ord|Linux 服务器 CPU 被吃满了，怎么定位是哪个程序搞的",
  "syn|服务器CPU跑满100%，如何找到是哪个进程导致的？",
  "obj|服务器内存占用 100% 怎么找出是哪个进程？",
  "qua|服务器 CPU 占用 100% 怎么找出是 Java 进程里的哪个线程？",
  "act|服务器 CPU 占用 100% 怎么限制某个进程的 CPU 使用率？")
G("devops", "Jenkins 构建完怎么自动发钉钉通知？",
  "ord|想让 Jenkins 每次 build 结束后推消息到钉钉群，怎么配",
  "abb|jenkins构建后发钉钉通知咋配",
  "ent|Jenkins 构建完怎么自动发企业微信通知？",
  "act|Jenkins 构建完怎么自动部署到服务器？",
  "shv|Jenkins 构建历史太多怎么自动清理？")
G("devops", "MySQL 主从复制延迟很大怎么处理？",
  "ord|数据库主从同步，从库落后主库很多，该怎么优化",
  "par|MySQL主从延迟太大咋办",
  "act|MySQL 主从复制怎么搭建？",
  "qwd|MySQL 主从复制延迟怎么查看？",
  "ent|Redis 主从复制延迟很大怎么处理？")
G("devops", "阿里云服务器怎么修改 SSH 默认端口？",
  "ord|ECS 上想把 ssh 的 22 端口换成别的，要改哪些地方",
  "abb|阿里云ECS改ssh端口",
  "syn|阿里云服务器如何更改SSH默认的22端口？",
  "act|阿里云服务器怎么关闭 SSH 密码登录？",
  "qwd|阿里云服务器 SSH 默认端口是多少？",
  "shv|阿里云服务器 SSH 连不上怎么办？")
# ---------------------------------------------------------------- school
G("school", "How do I find the area of a triangle if I only know the three sides?",
  "ord|Given side lengths a, b and c but no height, how do I compute a triangle's area?",
  "typ|how to find area of a triangle with only 3 sides",
  "syn|How can I calculate a triangle's area from its three side lengths?",
  "ent|How do I find the area of a triangle if I know two sides and the angle between them?",
  "shv|How do I find the perimeter of a triangle if I only know the three sides?",
  "act|How do I find the angles of a triangle if I only know the three sides?")
G("school", "What's the factored form of x^2 - 9?",
  "ord|Factor x squared minus nine.",
  "typ|factor x^2-9",
  "opr|What's the factored form of x^2 + 9?",
  "num|What's the factored form of x^2 - 8?",
  "num|What's the factored form of x^2 - 9x?")
G("school", "When is the deadline to sign up for the March SAT?",
  "ord|What's the last day I can register for the March SAT test date?",
  "abb|march SAT registration deadline?",
  "pol|Could you please tell me the deadline to sign up for the March SAT?",
  "ent|When is the deadline to sign up for the April ACT?",
  "qwd|How much does it cost to sign up for the SAT?",
  "qua|When is the late registration deadline for the March SAT?")
G("school", "How many credits do I need to graduate high school in Texas?",
  "ord|What's the total number of course credits a Texas high schooler must earn to get a diploma?",
  "syn|How many credits are required to graduate from high school in Texas?",
  "ent|How many credits do I need to graduate high school in California?",
  "qua|How many math credits do I need to graduate high school in Texas?",
  "shv|Can I graduate high school early in Texas?")
G("school", "Is it 'affect' or 'effect' when something changes someone's mood?",
  "ord|The weather ___ my mood: should the blank be affect or effect?",
  "typ|affect or effect when something changes someones mood",
  "shv|Is it 'affect' or 'effect' when you mean the result of something?",
  "ent|Is it 'lay' or 'lie' when you rest on the couch?",
  "qwd|How do you pronounce 'affect' and 'effect' differently?")
G("school", "Can my child skip kindergarten and go straight to first grade?",
  "ord|Is it allowed for a kid to bypass kindergarten and start in 1st grade?",
  "reo|Can my child go straight to first grade and skip kindergarten?",
  "num|Can my child skip first grade and go straight to second grade?",
  "act|Can my child repeat kindergarten?",
  "qwd|At what age can my child start kindergarten?")
G("school", "How do I calculate my weighted GPA with AP and honors classes?",
  "ord|What's the method for working out a GPA that gives extra points for honors and AP classes?",
  "typ|how do i calculate weighted gpa with AP and honors clases",
  "abb|how 2 calc weighted GPA w/ AP + honors",
  "qua|How do I calculate my unweighted GPA if I took AP and honors classes?",
  "act|How can I raise my GPA in a single semester?",
  "shv|How do I convert my weighted GPA to a percentage?")
G("school", "Why does meiosis produce four cells but mitosis only two?",
  "ord|How come meiosis ends up with four daughter cells while mitosis makes two?",
  "reo|Why does mitosis produce only two cells but meiosis four?",
  "shv|Why does meiosis produce haploid cells but mitosis diploid cells?",
  "qwd|Where does meiosis take place in the human body?",
  "qwd|How many chromosomes does each cell have after meiosis?")
G("school", "小学一年级孩子不会拼音怎么办？",
  "ord|孩子刚上一年级，汉语拼音老是学不会，家长该怎么帮",
  "par|一年级小孩拼音学不会咋办啊",
  "obj|小学一年级孩子不会进位加法怎么办？",
  "qwd|小学一年级拼音一般要学多久？",
  "shv|幼儿园大班需要提前学拼音吗？")
G("school", "北京中考体育满分是多少分？",
  "ord|北京的中考里，体育这门总分是多少",
  "abb|北京中考体育总分多少",
  "par|北京中考体育满分多少分呀",
  "ent|上海中考体育满分是多少分？",
  "qwd|北京中考体育考哪些项目？",
  "act|北京中考体育可以申请免考吗？")
G("school", "解方程 2x + 3 = 11",
  "ord|2x加3等于11，x等于多少",
  "typ|解方程2x+3=11",
  "syn|求解 2x+3=11 中的 x",
  "opr|解方程 2x - 3 = 11",
  "num|解方程 2x + 3 = 13",
  "opr|解不等式 2x + 3 > 11")
G("school", "孩子上课注意力不集中怎么办？",
  "ord|小孩在课堂上老走神，家长有什么办法改善",
  "syn|孩子上课总是分心，该怎么办？",
  "shv|孩子上课注意力不集中是多动症吗？",
  "shv|孩子上课总是打扰别的同学怎么办？",
  "qwd|孩子注意力不集中要去医院挂什么科？")
G("school", "初中物理里的浮力公式是什么？",
  "ord|初中学的计算浮力的那个公式怎么写",
  "abb|初中物理 浮力公式",
  "par|初中物理的浮力公式是啥",
  "obj|初中物理里的压强公式是什么？",
  "act|初中物理里浮力公式怎么推导？",
  "qwd|初中物理里浮力的单位是什么？")
G("school", "幼儿园中途转学需要办什么手续？",
  "ord|孩子幼儿园读到一半想换一家，要准备哪些材料办转园",
  "par|幼儿园中途转学要办啥手续",
  "ent|小学中途转学需要办什么手续？",
  "shv|幼儿园中途转学学费能退吗？",
  "act|幼儿园中途退学需要办什么手续？")
G("school", "英语作文里 however 后面要加逗号吗？",
  "ord|英文写作中 however 后面需不需要打逗号",
  "typ|英语作文however后面要加逗号吗",
  "syn|英语作文中however后面需要逗号吗",
  "ent|英语作文里 but 后面要加逗号吗？",
  "shv|英语作文里 however 和 but 有什么区别？",
  "qwd|英语作文里 however 可以放在句末吗？")
G("school", "小升初需要准备哪些材料？",
  "ord|孩子要从小学升初中了，报名的时候要带什么证件材料",
  "par|小升初要准备啥材料",
  "ent|初升高需要准备哪些材料？",
  "qwd|小升初什么时候开始报名？",
  "shv|小升初可以跨区报名吗？")
# ---------------------------------------------------------------- university admin
G("university", "How do I request an official transcript from my university?",
  "ord|What's the process for getting a sealed copy of my academic record sent from my college?",
  "abb|how to request official transcript from uni",
  "pol|Could you tell me how to request an official transcript from my university, please?",
  "qua|How do I request an unofficial transcript from my university?",
  "obj|How do I request a copy of my diploma from my university?",
  "qwd|How long does it take to get an official transcript from my university?")
G("university", "Can I drop a class after the add/drop deadline?",
  "ord|The add/drop period is over - is it still possible to get out of a course?",
  "typ|can i drop a class after add drop deadline",
  "act|Can I add a class after the add/drop deadline?",
  "dir|Can I drop a class before the semester starts?",
  "shv|Will dropping a class after the deadline show up as a W on my transcript?")
G("university", "What GPA do I need to keep my scholarship?",
  "ord|What's the minimum grade point average required to not lose my scholarship?",
  "syn|What GPA do I have to maintain to keep my scholarship?",
  "act|What GPA do I need to apply for the scholarship?",
  "shv|What happens if my GPA drops below the scholarship requirement?",
  "obj|How many credits do I need each semester to keep my scholarship?")
G("university", "How do I change my major from biology to computer science?",
  "ord|I'm a bio major and want to switch to CS. What steps do I take?",
  "abb|switch major bio -> CS how?",
  "pol|Hi, could someone explain how I switch my major from biology to computer science?",
  "dir|How do I change my major from computer science to biology?",
  "act|How do I add computer science as a minor?",
  "qwd|When is the deadline to change my major from biology to computer science?")
G("university", "Can international students work off campus in the US?",
  "ord|Am I allowed to take a job outside the university while on an F-1 visa?",
  "syn|Are international students in the US allowed to work off campus?",
  "ent|Can international students work off campus in Canada?",
  "qua|Can international students work on campus in the US?",
  "qwd|How many hours a week can international students work in the US?")
G("university", "How do I appeal a grade I think is unfair?",
  "ord|My professor gave me a grade I believe is wrong. What's the process to contest it?",
  "typ|how do i apeal a grade i think is unfair",
  "obj|How do I appeal an academic dismissal?",
  "ent|How do I appeal a parking ticket from campus police?",
  "qwd|How long do I have to appeal a grade?")
G("university", "Where do I pick up my student ID card?",
  "ord|Which office hands out the campus ID cards to new students?",
  "abb|where 2 get student ID card",
  "syn|Where can I collect my student ID card?",
  "act|How do I replace a lost student ID card?",
  "qwd|How much does a student ID card cost?",
  "ent|Where do I pick up my parking permit?")
G("university", "Do I have to live in the dorms as a freshman?",
  "ord|Is on-campus housing mandatory for first-year students?",
  "syn|Are freshmen required to live in the dorms?",
  "num|Do I have to live in the dorms as a sophomore?",
  "act|Can I get out of my dorm contract as a freshman?",
  "qua|Do I have to live in the dorms as a freshman if my family lives nearby?")
G("university", "研究生可以申请转专业吗？",
  "ord|读研期间想换个专业方向，学校允许吗",
  "par|研究生能转专业么",
  "syn|读研究生的时候能申请换专业吗？",
  "ent|本科生可以申请转专业吗？",
  "act|研究生可以申请休学吗？",
  "qwd|研究生转专业需要什么条件？")
G("university", "四六级成绩多久出来？",
  "ord|大学英语四六级考完以后，大概过多长时间能查分",
  "abb|46级成绩多久出",
  "qwd|四六级成绩在哪里查？",
  "shv|四六级多少分算通过？",
  "act|四六级成绩单丢了怎么补办？")
G("university", "挂科了可以申请补考几次？",
  "ord|大学挂了一门课，最多给几次补考的机会",
  "par|挂科了能补考几次啊",
  "qwd|挂科了什么时候补考？",
  "act|挂科了可以申请重修吗？",
  "shv|补考通过了成绩单上会显示补考吗？")
G("university", "保研需要满足什么条件？",
  "ord|想拿推免资格，绩点、排名这些要达到什么要求",
  "syn|推免需要满足哪些条件？",
  "par|保研要满足啥条件呀",
  "act|保研以后可以放弃吗？",
  "ent|考研需要满足什么条件？",
  "qwd|保研一般什么时候开始？")
G("university", "学生证丢了怎么补办？",
  "ord|学生证不见了，要去哪儿重新办一张",
  "par|学生证丢了咋补办",
  "ent|校园卡丢了怎么补办？",
  "qwd|学生证补办要多少钱？",
  "act|学生证怎么加注火车票优惠区间？")
G("university", "毕业论文查重率多少算合格？",
  "ord|毕业论文的重复率要低于多少才能过",
  "abb|毕业论文查重多少合格",
  "syn|毕业论文查重率要控制在多少以内才算合格？",
  "ent|期刊投稿查重率多少算合格？",
  "act|毕业论文查重率太高怎么降？",
  "qwd|毕业论文一般用什么系统查重？")
G("university", "大学宿舍可以申请走读吗？",
  "ord|不想住学校宿舍，能不能申请在外面住、每天走读",
  "par|大学能申请走读不",
  "act|大学宿舍可以申请调换吗？",
  "qwd|大学宿舍一年住宿费多少钱？",
  "qua|大一新生可以申请走读吗？")
G("university", "交换生的学分能转回本校吗？",
  "ord|出去交换一学期修的课，回来以后学分学校认不认",
  "syn|交换期间修的学分可以转回本校吗？",
  "dir|本校的学分能转到交换学校吗？",
  "act|交换生怎么申请？",
  "qwd|交换生一学期最少要修多少学分？")
# ---------------------------------------------------------------- travel
G("travel", "Do I need a visa for a 10-day trip to Vietnam on a US passport?",
  "ord|I'm American and going to Vietnam for about 10 days. Is a visa required?",
  "abb|US passport, 10 days in Vietnam, need visa?",
  "ent|Do I need a visa for a 10-day trip to Thailand on a US passport?",
  "qwd|How long does a Vietnam e-visa take to process?",
  "dir|Do Vietnamese citizens need a visa for a 10-day trip to the US?")
G("travel", "Can I pack a 10000mAh power bank in my checked suitcase?",
  "ord|Is it OK to put a 10,000 mAh portable charger in the bag I check at the counter?",
  "typ|can i pack a 10000 mah powerbank in my checked suitcase",
  "syn|Is a 10000mAh power bank allowed in checked baggage?",
  "ent|Can I pack a 10000mAh power bank in my carry-on?",
  "obj|Is it OK to put my work laptop in a checked suitcase?",
  "shv|What's the biggest power bank I can take on a plane?")
G("travel", "How early should I get to JFK for an international flight?",
  "ord|For a flight abroad out of JFK, how many hours before departure should I be at the airport?",
  "abb|how early 2 arrive at JFK for intl flight",
  "ent|How early should I get to JFK for a domestic flight?",
  "qwd|What's the latest I can check in at JFK for an international flight?",
  "shv|How early can I drop off my bag at JFK for an international flight?")
G("travel", "What happens if I miss my connecting flight because the first flight was delayed?",
  "ord|My first leg ran late and I missed the connection - what will the airline do for me?",
  "syn|What happens if a delay on my first flight makes me miss my connection?",
  "pol|Could you tell me what happens if I miss my connecting flight because my first flight was delayed?",
  "qua|What happens if I miss my connecting flight on separate tickets because the first flight was delayed?",
  "shv|If I miss my first flight, is my connecting flight cancelled too?",
  "act|What happens if I skip my connecting flight on purpose?")
G("travel", "Is tap water safe to drink in Mexico City?",
  "ord|Can I drink water straight from the faucet in CDMX?",
  "typ|is tap water safe to drink in mexico ctiy",
  "ent|Is tap water safe to drink in Lisbon?",
  "act|Is it safe to brush my teeth with tap water in Mexico City?",
  "qwd|Where can I buy big jugs of drinking water in Mexico City?")
G("travel", "Can I get a refund if I cancel my Airbnb 3 days before check-in?",
  "ord|I need to cancel an Airbnb stay that begins in 3 days. Will I get my money back?",
  "abb|cancel airbnb 3 days before checkin, refund?",
  "syn|If I cancel an Airbnb three days ahead of check-in, do I get refunded?",
  "num|Can I get a refund if I cancel my Airbnb 30 days before check-in?",
  "ent|Can I get a refund if I cancel my Booking.com reservation 3 days before check-in?",
  "dir|Do I get a refund if the host cancels my Airbnb 3 days before check-in?")
G("travel", "Do I need an International Driving Permit to rent a car in Italy with a US license?",
  "ord|I'm renting a car in Italy with my American license. Do I also have to carry an IDP?",
  "abb|IDP needed to rent car in Italy w/ US license?",
  "ent|Do I need an International Driving Permit to rent a car in the UK with a US license?",
  "qwd|Where do I get an International Driving Permit in the US?",
  "shv|How long is an International Driving Permit valid?")
G("travel", "How much cash can I carry when flying into the US without declaring it?",
  "ord|What's the limit on money I can bring into the United States before I have to report it to customs?",
  "syn|How much cash can I bring into the US without having to declare it?",
  "ent|How much cash can I carry when flying into the UK without declaring it?",
  "act|How do I declare cash when flying into the US?",
  "qua|Is there a limit on how much cash I can carry on a domestic US flight?")
G("travel", "中国护照去日本旅游需要办签证吗？",
  "ord|拿中国护照去日本玩，要不要提前申请签证",
  "par|中国护照去日本旅游要签证不",
  "syn|持中国护照去日本旅游要签证吗？",
  "dir|日本护照来中国旅游要办签证吗？",
  "ent|中国护照去泰国旅游需要办签证吗？",
  "qwd|中国护照办日本旅游签证要多久？")
G("travel", "12306上买的高铁票改签要收手续费吗？",
  "ord|在12306买好了火车票想换个车次，改签要不要另外交钱",
  "par|12306高铁票改签收不收手续费啊",
  "act|12306上买的高铁票退票要收手续费吗？",
  "qwd|12306上买的高铁票最晚什么时候能改签？",
  "qua|12306上买的高铁票开车以后改签要收手续费吗？")
G("travel", "北京首都机场到市区坐什么车最方便？",
  "ord|刚落地首都机场，要进北京城里，哪种交通方式最省事",
  "abb|首都机场去市区怎么走最方便",
  "ent|北京大兴机场到市区坐什么车最方便？",
  "qwd|北京首都机场到市区打车要多少钱？",
  "qua|北京首都机场凌晨到市区坐什么车最方便？")
G("travel", "护照过期好几年了，怎么换本新的？",
  "ord|我护照已经到期三四年了，重新办一本要怎么弄",
  "par|护照过期好几年了咋换新的",
  "syn|护照到期好几年了，要怎么换发新护照？",
  "neg|护照还没过期可以提前换本新的吗？",
  "act|护照丢了怎么补办新的？",
  "qwd|护照过期换新要花多少钱？")
G("travel", "国际航班托运行李一般能带几件？",
  "ord|飞国际线的时候，免费托运的箱子通常允许几个",
  "par|国际航班托运能带几件啊",
  "ent|国内航班托运行李一般能带几件？",
  "qwd|国际航班托运行李每件最多多重？",
  "shv|国际航班行李超重怎么收费？")
G("travel", "去香港要办什么证件？",
  "ord|内地居民要去香港玩，需要准备哪些证",
  "par|去香港要办啥证",
  "dir|香港人来内地要办什么证件？",
  "ent|去台湾要办什么证件？",
  "qwd|港澳通行证办理要多久？")
G("travel", "住酒店最后一天可以申请延迟退房吗？",
  "ord|住店的最后一天，能跟前台说晚一点再退房吗",
  "syn|酒店入住最后一天能申请延时退房吗？",
  "par|住酒店最后一天能晚点退房么",
  "dir|住酒店第一天可以提前入住吗？",
  "qwd|住酒店延迟退房要加多少钱？",
  "act|住酒店可以提前退房把剩下的钱退回来吗？")
G("travel", "飞机延误超过4小时航空公司会赔钱吗？",
  "ord|航班晚点了四个多小时，航司要给补偿吗",
  "abb|航班延误4小时以上有赔偿吗",
  "syn|航班延误超过四小时，航空公司会给赔偿吗？",
  "num|飞机延误超过30分钟航空公司会赔钱吗？",
  "qua|飞机因为天气原因延误超过4小时航空公司会赔钱吗？",
  "act|飞机延误超过4小时可以免费退票吗？")
# ---------------------------------------------------------------- telecom
G("telecom", "How do I unlock my iPhone to use it with another carrier?",
  "ord|My iPhone is locked to my carrier - what's the process to switch it to a different network?",
  "abb|how 2 carrier unlock iphone",
  "syn|How can I get my iPhone unlocked so it works on another carrier?",
  "act|How do I check if my iPhone is carrier unlocked?",
  "shv|How do I unlock my iPhone if I forgot the passcode?",
  "qwd|How long does it take for my carrier to unlock my iPhone?")
G("telecom", "Why is my 5G slower than 4G?",
  "ord|My phone shows 5G but speeds are worse than when I was on LTE - why?",
  "syn|Why is 5G slower than LTE on my phone?",
  "act|How do I turn off 5G on my phone?",
  "qwd|When will 5G be available in my area?",
  "ent|Why is my Wi-Fi slower than 4G?")
G("telecom", "Will I be charged for incoming calls while roaming in Europe?",
  "ord|If someone rings me while I'm traveling in the EU on my plan, do I pay for answering?",
  "abb|charged for incoming calls roaming in EU?",
  "dir|Will I be charged for outgoing calls while roaming in Europe?",
  "obj|Will I be charged for incoming texts while roaming in Europe?",
  "qwd|How much does roaming in Europe cost per day?")
G("telecom", "What do I need from my current carrier to port my number out?",
  "ord|Before switching providers, which details should I get from my old carrier so my number moves over?",
  "typ|what do i need from my current carrier to port my # out",
  "shv|Can my current carrier refuse to port my number out?",
  "qwd|How long does it take to port my number out?",
  "act|Will porting my number out cancel my old plan automatically?")
G("telecom", "Why does my Wi-Fi keep disconnecting on my laptop but not my phone?",
  "ord|Only my laptop drops the Wi-Fi connection every few minutes; my phone stays connected fine. What's going on?",
  "typ|why does my wifi keep disconnecting on laptop but not phone",
  "dir|Why does my Wi-Fi keep disconnecting on my phone but not my laptop?",
  "ent|Why does my Ethernet keep disconnecting on my laptop?",
  "shv|How do I see which devices are connected to my Wi-Fi?")
G("telecom", "Can I keep my number when I switch from a prepaid to a postpaid plan with the same carrier?",
  "ord|Moving from pay-as-you-go to a monthly contract with my current provider - do I get to hold on to my number?",
  "reo|When I switch from a prepaid to a postpaid plan with the same carrier, can I keep my number?",
  "shv|Do I need a credit check to switch from a prepaid to a postpaid plan?",
  "ent|Can I keep my number when I move to another country?",
  "act|Can I get a new number when I switch from a prepaid to a postpaid plan with the same carrier?")
G("telecom", "What's the cheapest way to get internet in a rural area without cable?",
  "ord|I live out in the countryside with no cable lines - what's the most affordable internet option?",
  "abb|cheapest rural internet w/o cable?",
  "pol|Can anyone suggest the cheapest way to get internet in a rural area that has no cable?",
  "shv|What's the fastest way to get internet in a rural area without cable?",
  "ent|Is Starlink worth it in a rural area?",
  "qua|What's the cheapest way to get internet good enough for online gaming in a rural area without cable?")
G("telecom", "How do I turn on Wi-Fi calling on Android?",
  "ord|Where's the setting to enable calls over Wi-Fi on my Android phone?",
  "typ|how to turn on wifi calling on android",
  "ent|How do I turn on Wi-Fi calling on iPhone?",
  "qwd|Does Wi-Fi calling cost extra?",
  "obj|How do I turn on VoLTE on Android?")
G("telecom", "手机号怎么携号转网？",
  "ord|我想换运营商但不想换号码，要怎么办理",
  "par|携号转网咋办理啊",
  "abb|携转怎么办",
  "qwd|携号转网要多久才能生效？",
  "shv|携号转网以后还能转回原来的运营商吗？",
  "qua|有合约的手机号能携号转网吗？")
G("telecom", "中国移动的流量超了怎么收费？",
  "ord|移动套餐里的流量用完了，超出的部分按什么标准扣钱",
  "syn|移动流量超出套餐后怎么计费？",
  "ent|中国联通的流量超了怎么收费？",
  "act|中国移动的流量怎么设置超额提醒？",
  "qwd|中国移动的套餐流量什么时候清零？")
G("telecom", "宽带怎么从100M升级到500M？",
  "ord|家里的100兆宽带想提到500兆，要怎么申请",
  "abb|宽带100M升500M咋办",
  "pol|麻烦问下，宽带从100M升到500M要怎么弄？",
  "dir|宽带怎么从500M降到100M？",
  "qwd|宽带从100M升级到500M每个月要多交多少钱？",
  "shv|宽带怎么测速看有没有到100M？")
G("telecom", "手机卡不用了怎么注销？",
  "ord|有张电话卡已经不用了，想把号销掉，流程是什么",
  "par|手机卡不用了咋注销",
  "syn|不用的手机号怎么销户？",
  "act|手机卡不用了怎么停机保号？",
  "qua|异地的手机卡不用了怎么注销？",
  "qwd|手机卡欠费多久会被自动注销？")
G("telecom", "iPhone 怎么设置双卡双待？",
  "ord|苹果手机插两张卡同时待机，要在哪里设置",
  "abb|iPhone双卡双待怎么设",
  "ent|华为手机怎么设置双卡双待？",
  "qwd|iPhone 哪些型号支持双卡双待？",
  "obj|iPhone 怎么开启 eSIM？")
G("telecom", "手机信号满格但是上不了网是怎么回事？",
  "ord|信号显示满的，可是网页打不开、APP也刷不出来，什么原因",
  "par|手机信号满格却上不了网咋回事",
  "shv|手机没信号但是能连 Wi-Fi 上网是怎么回事？",
  "ent|电脑连着 Wi-Fi 但是上不了网是怎么回事？",
  "act|手机信号不好怎么增强？")
G("telecom", "联通的副卡每个月要收多少钱？",
  "ord|办一张联通副卡，月费大概是多少",
  "syn|联通副卡一个月收费多少？",
  "ent|电信的副卡每个月要收多少钱？",
  "qwd|联通的副卡最多能办几张？",
  "act|联通的副卡怎么取消？")
G("telecom", "收到 10086 发的验证码但我没操作，是不是被盗号了？",
  "ord|我什么都没做，突然来了一条中国移动的短信验证码，账号是不是有危险",
  "par|没操作却收到10086验证码，是被盗号了吗",
  "ent|收到银行发的验证码但我没操作，是不是被盗号了？",
  "shv|10086 发的验证码可以告诉客服吗？",
  "qwd|10086 发的验证码多久会失效？")
# ---------------------------------------------------------------- real estate (buying, selling, renting)
G("real-estate", "How much should I offer below asking price on a house?",
  "ord|When making an offer on a home, how far under the listed price is reasonable?",
  "typ|how much shoud i offer below asking price on a house",
  "dir|How much below asking price should I accept when selling my house?",
  "opr|When should I offer above asking price on a house?",
  "act|How do I write an offer on a house?")
G("real-estate", "Can my landlord raise the rent halfway through a one-year lease?",
  "ord|I'm six months into a twelve-month lease - is my landlord allowed to increase the rent now?",
  "syn|Is a landlord allowed to increase rent in the middle of a 12-month lease?",
  "qwd|How much can my landlord raise the rent when my one-year lease renews?",
  "act|Can my landlord end my one-year lease early?",
  "shv|Can my landlord keep my security deposit for normal wear and tear?",
  "neg|Can my landlord raise the rent whenever they want if I don't have a lease?")
G("real-estate", "What credit score do I need to buy a house with an FHA loan?",
  "ord|What's the minimum credit rating for qualifying for an FHA mortgage?",
  "abb|min credit score for FHA loan?",
  "ent|What credit score do I need to buy a house with a conventional loan?",
  "shv|What down payment do I need with an FHA loan?",
  "qwd|How long after bankruptcy can I get an FHA loan?")
G("real-estate", "Who pays the real estate agent's commission, the buyer or the seller?",
  "ord|When a house sells, which side covers the realtor fees?",
  "reo|Does the seller or the buyer pay the real estate agent's commission?",
  "typ|who pays realtor commission buyer or seller",
  "qwd|How much is a real estate agent's commission?",
  "obj|Who pays the closing costs, the buyer or the seller?",
  "act|Can I negotiate the real estate agent's commission?")
G("real-estate", "Is a home inspection worth it on a brand-new build from a big builder?",
  "ord|Does it make sense to pay an inspector to look at a newly built home from a national builder?",
  "syn|Should I pay for a home inspection on a brand-new house from a large builder?",
  "ent|Is a home inspection worth it on a 1960s condo?",
  "qwd|How much does a home inspection cost on a new build?",
  "act|Can I back out of buying a new build after a bad home inspection?")
G("real-estate", "How do I get my security deposit back when I move out?",
  "ord|What should I do when leaving my apartment so the landlord returns my deposit?",
  "abb|how to get security deposit back after moving out",
  "qwd|How long does my landlord have to return my security deposit?",
  "shv|Can I pay my security deposit in installments?",
  "act|Can I use my security deposit as my last month's rent?")
G("real-estate", "Is it better to rent or buy if I plan to move in three years?",
  "ord|I'll probably relocate in about 3 years. Does buying a home make sense or should I keep renting?",
  "reo|If I plan to move in three years, is it better to buy or rent?",
  "num|Is it better to rent or buy if I plan to stay for ten years?",
  "shv|Is it better to rent or buy when mortgage rates are high?",
  "act|Is it better to sell or rent out my house if I move in three years?")
G("real-estate", "Can I break my lease if I buy a house?",
  "ord|I just closed on a home but still have months left on my apartment lease. Can I get out of it?",
  "syn|Am I allowed to end my lease early because I bought a house?",
  "typ|can i brake my lease if i buy a house",
  "ent|Can I break my lease if I lose my job?",
  "qwd|How much does it cost to break a lease?",
  "dir|Can my landlord break my lease if they sell the house?")
G("real-estate", "首套房贷款首付最低几成？",
  "ord|第一次买房贷款，首付最少要付百分之多少",
  "par|首套房首付最少几成啊",
  "num|二套房贷款首付最低几成？",
  "qwd|首套房贷款利率是多少？",
  "act|首套房贷款可以提前还款吗？")
G("real-estate", "租房合同没到期，房东要卖房怎么办？",
  "ord|合同还没租满，房东说房子要卖了让我搬走，我该怎么办",
  "par|租房没到期房东要卖房咋办",
  "dir|租房合同没到期，我想提前退租怎么办？",
  "act|租房合同没到期，房东要涨房租怎么办？",
  "shv|租房合同到期了，房东不退押金怎么办？")
G("real-estate", "二手房过户需要交哪些税？",
  "ord|买二手房办过户的时候，要缴哪几种税费",
  "syn|二手房过户要缴纳哪些税费？",
  "abb|二手房过户交啥税",
  "ent|新房办产证需要交哪些税？",
  "qwd|二手房过户需要多长时间？",
  "qua|满五唯一的二手房过户需要交哪些税？")
G("real-estate", "住房公积金能提出来交房租吗？",
  "ord|租房子的话，公积金账户里的钱能取出来付租金吗",
  "par|公积金能提出来交房租不",
  "act|住房公积金能提出来装修房子吗？",
  "obj|住房公积金能提出来还商业房贷吗？",
  "qwd|住房公积金提取交房租每个月最多能取多少？")
G("real-estate", "买房定金交了，不想买了能退吗？",
  "ord|已经给卖家交了定金，现在反悔不买了，钱还能要回来吗",
  "par|买房交了定金不想买了能退不",
  "syn|交完买房定金反悔了，定金可以退吗？",
  "dir|卖房收了定金，不想卖了怎么办？",
  "ent|买房订金交了，不想买了能退吗？",
  "qua|买房定金交了，贷款没批下来能退吗？")
G("real-estate", "房产证上加配偶的名字需要交税吗？",
  "ord|想在房本上把老婆的名字也写上，要交税吗",
  "syn|房产证加配偶名字要不要缴税？",
  "ent|房产证上加父母的名字需要交税吗？",
  "act|房产证上去掉配偶的名字需要交税吗？",
  "qwd|房产证上加配偶的名字要去哪里办？")
G("real-estate", "物业费不交会有什么后果？",
  "ord|一直拖着不缴物业管理费，物业能拿我怎么样",
  "par|不交物业费会咋样",
  "shv|物业费可以按月交吗？",
  "ent|取暖费不交会有什么后果？",
  "qwd|物业费一般是怎么算的，按面积吗？")
G("real-estate", "房贷 LPR 调整后月供什么时候变？",
  "ord|LPR 降了，我房贷的月供要到哪个月才会跟着变",
  "abb|LPR调了 月供啥时候变",
  "qwd|房贷 LPR 调整后月供会少多少？",
  "act|房贷 LPR 和固定利率可以互相转换吗？",
  "ent|公积金贷款利率调整后月供什么时候变？")
# ---------------------------------------------------------------- HR / payroll
G("hr", "How is overtime pay calculated for salaried employees?",
  "ord|If I'm on a salary rather than hourly, how does my employer work out OT pay?",
  "abb|how is OT calculated for salaried employees",
  "ent|How is overtime pay calculated for hourly employees?",
  "qua|How is overtime pay calculated for salaried employees on public holidays?",
  "act|How do I report unpaid overtime?")
G("hr", "Can my employer make me use PTO for a snow day when the office is closed?",
  "ord|The office shut down for snow. Is my company allowed to deduct the day from my vacation balance?",
  "syn|If the office closes for snow, can my employer force me to take PTO?",
  "shv|Do I get paid for a snow day when the office is closed?",
  "ent|Can my employer make me use PTO for jury duty?",
  "act|Can my employer make me work remotely on a snow day?")
G("hr", "When will I get my W-2 from my employer?",
  "ord|What's the deadline for my company to send me my W-2 form?",
  "abb|when do employers send W2s",
  "act|How do I get a copy of an old W-2?",
  "shv|What do I do if my W-2 has the wrong address?",
  "ent|When do I have to give my employer a new W-4?")
G("hr", "Do I have to give two weeks' notice when I quit?",
  "ord|Is it legally required to tell my boss 14 days ahead before resigning?",
  "typ|do i have to give 2 weeks notice when i quit",
  "pol|Can someone tell me whether I actually have to give two weeks' notice when I quit?",
  "dir|Does my boss have to give me two weeks' notice before letting me go?",
  "qua|Do I have to give two weeks' notice when I quit a job in the UK?",
  "act|How do I write a two weeks' notice letter?")
G("hr", "How many sick days am I entitled to in California?",
  "ord|What's the minimum paid sick leave California employers must give?",
  "syn|How much paid sick leave am I entitled to in California?",
  "ent|How many sick days am I entitled to in Texas?",
  "shv|Can my employer ask for a doctor's note when I take a sick day in California?",
  "qwd|Do unused sick days roll over to next year in California?")
G("hr", "Is severance pay taxed differently than regular wages?",
  "ord|Does the IRS treat a severance package differently from my normal paycheck for taxes?",
  "abb|severance taxed diff from regular pay?",
  "act|Can I negotiate my severance pay?",
  "qwd|How much severance pay am I entitled to?",
  "ent|Are unemployment benefits taxed differently than regular wages?")
G("hr", "Can I get unemployment if I was fired for being late?",
  "ord|I lost my job because I kept showing up late - am I still eligible for unemployment benefits?",
  "syn|Am I eligible for unemployment if I got fired for tardiness?",
  "ent|Can I get unemployment if I quit my job?",
  "ent|Can I get unemployment if I was laid off?",
  "qwd|How long does it take to get unemployment after being fired?")
G("hr", "How do I change my direct deposit account in Workday?",
  "ord|I switched banks. Where in Workday do I update the account my paycheck goes into?",
  "typ|how do i change direct deposit account in workday",
  "abb|workday: change direct deposit acct?",
  "ent|How do I change my direct deposit account in ADP?",
  "act|How do I view my pay stubs in Workday?",
  "obj|How do I change my tax withholding in Workday?")
G("hr", "离职后公积金怎么提取？",
  "ord|辞职了，之前交的住房公积金要怎么取出来",
  "par|离职了公积金咋提取",
  "syn|辞职以后公积金如何提取？",
  "qwd|离职后公积金多久能提取？",
  "act|离职后公积金怎么转移到新单位？",
  "ent|离职后社保怎么处理？")
G("hr", "试用期辞职要提前几天说？",
  "ord|还在试用期，想走的话需要提前多久通知公司",
  "par|试用期辞职要提前几天讲啊",
  "qua|转正后辞职要提前几天说？",
  "dir|试用期公司辞退员工要提前几天说？",
  "shv|试用期辞职有工资吗？")
G("hr", "年终奖怎么扣个税？",
  "ord|年底发的奖金，个人所得税是怎么算的",
  "syn|年终奖个税怎么计算？",
  "ent|加班费怎么扣个税？",
  "qwd|年终奖一般什么时候发？",
  "act|年终奖个税可以申请退税吗？")
G("hr", "公司不给交社保合法吗？",
  "ord|单位一直没给我缴五险，这样是违法的吧",
  "par|公司不给交社保合法不",
  "abb|公司不交社保 违法吗",
  "act|公司不给交社保怎么投诉？",
  "ent|公司不给交公积金合法吗？",
  "qwd|公司不给交社保能要求赔偿多少？")
G("hr", "上海产假一共有多少天？",
  "ord|在上海生孩子，女职工一共能休几天产假",
  "par|上海产假总共几天啊",
  "ent|上海陪产假有多少天？",
  "ent|北京产假一共有多少天？",
  "qwd|上海产假期间工资怎么发？")
G("hr", "被公司辞退能拿到多少赔偿？",
  "ord|公司要开除我，按劳动法我能要多少补偿金",
  "reo|公司把我辞退了，能拿到多少赔偿？",
  "dir|主动辞职能拿到多少赔偿？",
  "qwd|被公司辞退赔偿金什么时候发？",
  "act|被公司辞退怎么申请劳动仲裁？")
G("hr", "加班费按什么标准算？",
  "ord|公司安排加班的话，加班工资应该按什么规则给",
  "par|加班费按啥标准算",
  "shv|调休和加班费可以二选一吗？",
  "act|公司不给加班费怎么办？",
  "qwd|加班费一般什么时候发？")
G("hr", "个税 App 里怎么填专项附加扣除？",
  "ord|在个人所得税App上申报子女教育、房贷这些扣除项，要怎么操作",
  "abb|个税app专项附加扣除咋填",
  "syn|个人所得税App上怎么填报专项附加扣除？",
  "qwd|专项附加扣除每个月能扣多少？",
  "act|个税 App 里怎么申请退税？",
  "obj|个税 App 里怎么修改任职受雇信息？")
# ---------------------------------------------------------------- cooking
G("cooking", "I ran out of baking powder - can I use baking soda in pancakes instead?",
  "ord|No baking powder left. Is it OK to swap in baking soda for my pancake batter?",
  "typ|out of baking powder can i use baking soda in pancakes",
  "dir|I ran out of baking soda - can I use baking powder in pancakes instead?",
  "ent|I ran out of baking powder - can I use yeast in pancakes instead?",
  "qwd|How much baking powder do I need for a batch of pancakes?")
G("cooking", "How long do I boil an egg for a runny yolk?",
  "ord|How many minutes should an egg cook in boiling water if I want the yolk still soft and gooey?",
  "abb|boil egg how long runny yolk",
  "syn|How many minutes to boil an egg so the yolk stays runny?",
  "ent|How long do I boil an egg for a firm yolk?",
  "act|How long do I poach an egg for a runny yolk?",
  "shv|How do I peel a soft-boiled egg without breaking it?")
G("cooking", "What temperature should chicken breast be cooked to?",
  "ord|What internal temp means chicken breast is done and safe to eat?",
  "typ|what temp should chicken breast be cooked to",
  "ent|What temperature should pork chops be cooked to?",
  "shv|What oven temperature should I bake chicken breasts at?",
  "qwd|How many minutes should chicken breast rest before slicing?")
G("cooking", "How do I keep cut avocado from turning brown?",
  "ord|What stops a sliced avocado from browning once it's open?",
  "syn|How can I stop a cut avocado from going brown?",
  "ent|How do I keep cut apples from turning brown?",
  "act|How do I ripen an avocado faster?",
  "qwd|Is a brown avocado safe to eat?")
G("cooking", "How many cups is 250 grams of all-purpose flour?",
  "ord|My recipe says 250 g plain flour but I only have measuring cups. How many cups is that?",
  "abb|250g AP flour to cups?",
  "pol|Can you help me convert 250 grams of all-purpose flour to cups, please?",
  "ent|How many cups is 250 grams of granulated sugar?",
  "obj|How many tablespoons is 250 grams of butter?",
  "shv|Should I sift 250 grams of flour before measuring it in cups?")
G("cooking", "Can I freeze leftover fried rice?",
  "ord|Is it safe to put leftover fried rice from takeout in the freezer?",
  "abb|can u freeze leftover fried rice",
  "ent|Can I freeze leftover sushi rice?",
  "qwd|How long does leftover fried rice last in the fridge?",
  "act|How do I reheat frozen fried rice?")
G("cooking", "Why did my bread come out dense and heavy?",
  "ord|My homemade loaf is really compact and doesn't rise much - what did I do wrong?",
  "syn|Why is my homemade bread so dense?",
  "ent|Why did my cake come out dense and heavy?",
  "shv|Why does my bread have huge holes inside?",
  "qwd|How do I know when my bread dough has risen enough?")
G("cooking", "How many days can raw chicken thighs stay in the fridge?",
  "ord|I bought uncooked chicken thighs on Monday. How many days will they keep in the refrigerator?",
  "abb|raw chicken thighs in fridge how many days ok",
  "syn|How long are raw chicken thighs good for in the refrigerator?",
  "qua|How many days can cooked chicken thighs stay in the fridge?",
  "ent|How many months can raw chicken thighs stay in the freezer?",
  "ent|How many hours can raw chicken thighs sit out at room temperature?")
G("cooking", "红烧肉用什么部位的肉最好？",
  "ord|做红烧肉的话，买猪身上哪块肉最合适",
  "par|红烧肉用啥部位的肉好",
  "ent|回锅肉用什么部位的肉最好？",
  "qwd|红烧肉要炖多长时间？",
  "shv|红烧肉怎么做吃起来才不油腻？")
G("cooking", "电饭煲煮饭米和水的比例是多少？",
  "ord|用电饭锅焖米饭，放多少水合适，跟米是几比几",
  "abb|电饭煲 米水比例",
  "syn|用电饭锅煮米饭，米跟水按什么比例？",
  "ent|电饭煲煮白粥米和水放多少比例？",
  "ent|电饭煲煮糙米饭要放多少水，比例几比几？",
  "qwd|电饭煲煮饭要多长时间？")
G("cooking", "空气炸锅做奥尔良鸡翅要设多少度、烤几分钟？",
  "ord|用空气炸锅做奥尔良烤翅，温度和时间怎么设",
  "par|空气炸锅做奥尔良鸡翅多少度几分钟啊",
  "abb|空气炸锅 奥尔良鸡翅 温度时间",
  "ent|烤箱做奥尔良鸡翅要设多少度、烤几分钟？",
  "ent|空气炸锅烤红薯要设多少度、烤几分钟？",
  "qua|空气炸锅做冷冻的奥尔良鸡翅要设多少度、烤几分钟？")
G("cooking", "炒青菜怎么保持颜色翠绿？",
  "ord|每次炒绿叶菜都发黄发黑，怎么才能让它绿油油的",
  "syn|炒青菜如何保持翠绿不发黄？",
  "act|焯青菜怎么保持颜色翠绿？",
  "qwd|炒青菜什么时候放盐？",
  "ent|炒茄子怎么保持颜色不变黑？")
G("cooking", "饺子冻过以后怎么煮不破皮？",
  "ord|速冻饺子下锅总是破，怎样煮才能不烂",
  "par|冻饺子咋煮才不破",
  "act|冻饺子怎么煎不粘锅？",
  "qwd|冻饺子要煮多长时间？",
  "ent|冻汤圆怎么煮不破皮？")
G("cooking", "隔夜菜还能吃吗？",
  "ord|昨晚剩的菜放冰箱，第二天热一下吃有没有问题",
  "par|隔夜菜能吃不",
  "ent|隔夜茶还能喝吗？",
  "act|隔夜菜怎么保存比较好？",
  "qwd|隔夜菜放冰箱最多可以放几天？")
G("cooking", "面包机做面包为什么不发？",
  "ord|用面包机做的面包总是矮矮的，没有发起来，是什么原因",
  "syn|面包机做的面包发不起来是什么原因？",
  "ent|蒸馒头为什么不发？",
  "shv|面包机怎么做酸奶？",
  "qwd|面包机做面包要放多少酵母？")
G("cooking", "西冷牛排煎到几分熟最好吃？",
  "ord|煎西冷的话，大家一般觉得熟到几成口感最好",
  "par|西冷牛排几分熟好吃啊",
  "syn|西冷牛排几成熟最好吃？",
  "qwd|西冷牛排七分熟要煎多久？",
  "shv|西冷牛排煎之前要不要提前腌？",
  "ent|羊排煎到几分熟最好吃？")
# ---------------------------------------------------------------- government services
G("government", "How do I renew my US passport by mail?",
  "ord|What's the process for getting a new US passport by sending in the forms instead of going in person?",
  "typ|how to renew US pasport by mail",
  "qua|How do I renew my child's US passport by mail?",
  "act|How do I replace a lost US passport?",
  "qwd|How long does it take to renew a US passport by mail?")
G("government", "What documents do I need for a REAL ID in California?",
  "ord|Which papers should I bring to the California DMV to get a REAL ID?",
  "abb|docs needed for REAL ID in CA?",
  "act|What documents do I need to renew my driver's license in California?",
  "qwd|When do I need a REAL ID to fly?",
  "shv|Do I need a REAL ID if I have a passport?")
G("government", "How do I change my address with the IRS?",
  "ord|I moved - how do I let the IRS know my new mailing address?",
  "syn|How can I update my address with the IRS?",
  "pol|Could you explain how to change my address with the IRS, please?",
  "ent|How do I change my address with USPS?",
  "obj|How do I change my name with the IRS?",
  "qwd|How long does it take for the IRS to update my address?")
G("government", "Can I vote if I have a felony conviction in Florida?",
  "ord|I was convicted of a felony in Florida. Am I still allowed to vote?",
  "abb|felony conviction in FL - can i vote?",
  "ent|Can I vote if I have a felony conviction in Maine?",
  "act|How do I register to vote in Florida?",
  "qua|Can I vote if I have a misdemeanor conviction in Florida?")
G("government", "How long does it take to get a Social Security card replacement?",
  "ord|After requesting a new SSN card, how many days until it arrives in the mail?",
  "typ|how long to get a replacment social security card",
  "qwd|How do I get a Social Security card replacement?",
  "ent|How long does it take to get a birth certificate replacement?",
  "qwd|How much does a Social Security card replacement cost?")
G("government", "Do I need to file a tax return if my only income is Social Security?",
  "ord|I only get Social Security benefits and nothing else - am I required to file taxes?",
  "reo|If Social Security is my only income, do I need to file a tax return?",
  "ent|Do I need to file a tax return if my only income is from a part-time job?",
  "shv|Do I need to pay state tax on Social Security?",
  "qwd|How much of my Social Security is taxable?")
G("government", "How do I get a copy of my birth certificate if I was born in another state?",
  "ord|I was born in a different state than where I live now. How do I order my birth certificate?",
  "abb|how to get birth cert from another state",
  "ent|How do I get a copy of my birth certificate if I was born abroad to US parents?",
  "act|How do I correct a mistake on my birth certificate if I was born in another state?",
  "obj|How do I get a copy of my marriage certificate if I married in another state?")
G("government", "What's the penalty for filing taxes late if I'm owed a refund?",
  "ord|If the IRS owes me money and I miss the filing deadline, will I be fined?",
  "syn|Is there a late-filing penalty if I'm getting a refund?",
  "dir|What's the penalty for filing taxes late if I owe money?",
  "qwd|How long do I have to claim a tax refund if I didn't file?",
  "act|Can I get an extension to file taxes if I'm owed a refund?")
G("government", "身份证过期了在外地可以补办吗？",
  "ord|我人在外省，身份证到期了，能不能就在这边换新的",
  "par|身份证过期了在外地能办不",
  "syn|身份证到期了能在异地换领吗？",
  "act|身份证丢了在外地可以挂失吗？",
  "qwd|身份证过期了换新的要多久能拿到？",
  "ent|户口本丢了在外地可以补办吗？")
G("government", "新生儿上户口需要带哪些材料？",
  "ord|宝宝刚出生，给孩子落户口要准备啥证件",
  "par|刚出生的宝宝上户口要带啥",
  "qua|非婚生的孩子上户口需要带哪些材料？",
  "qwd|新生儿出生后多久之内要上户口？",
  "obj|新生儿办医保需要带哪些材料？")
G("government", "驾照到期换证需要体检吗？",
  "ord|驾驶证快到期了，去换新证要不要先做体检",
  "syn|驾驶证到期换领需要体检吗？",
  "act|驾照丢了补办需要体检吗？",
  "qwd|驾驶证到期前多长时间能去换证？",
  "ent|行驶证到期需要换吗？")
G("government", "办理居住证需要什么材料？",
  "ord|想在这个城市办居住证，要带哪些材料去派出所",
  "par|办居住证要啥材料",
  "act|居住证到期了怎么续签？",
  "qwd|居住证办下来要多久？",
  "shv|暂住证和居住证有什么区别？")
G("government", "结婚证可以在户口所在地以外的地方领吗？",
  "ord|我们俩户口都不在这里，能在现在住的城市领结婚证吗",
  "abb|结婚证能异地领吗",
  "syn|能不能在户籍地以外的地方办结婚登记？",
  "act|离婚可以在户口所在地以外的地方办吗？",
  "qwd|领结婚证需要带什么材料？",
  "shv|结婚证丢了可以异地补办吗？")
G("government", "养老保险交满15年就可以不交了吗？",
  "ord|社保养老交够十五年，之后是不是就能停缴了",
  "par|养老保险交够15年就能不交了么",
  "num|养老保险交满10年能领养老金吗？",
  "qwd|养老保险交满15年退休能领多少钱？",
  "ent|医保交满多少年退休后可以不交？")
G("government", "今年的个税年度汇算几月几号开始办？",
  "ord|今年个人所得税汇算清缴从哪天开始可以办理",
  "abb|个税汇算几号开始",
  "syn|今年个税年度汇算清缴从哪天开始？",
  "shv|今年的个税年度汇算几月几号截止？",
  "qwd|今年的个税年度汇算在哪里办？",
  "neg|个税年度汇算不办会有什么后果？")
G("government", "护照在哪里办？",
  "ord|想办本护照，应该去哪个部门",
  "par|护照去哪办啊",
  "qwd|护照办下来要多久？",
  "qwd|办护照要多少钱？",
  "ent|港澳通行证在哪里办？")
# ---------------------------------------------------------------- gaming
G("gaming", "How do I transfer my Animal Crossing island to a new Switch?",
  "ord|I bought a new Nintendo Switch - what's the way to move my Animal Crossing save over?",
  "abb|move ACNH island to new switch",
  "syn|How can I move my Animal Crossing island onto a new Switch?",
  "ent|How do I transfer my Zelda save to a new Switch?",
  "act|How do I back up my Animal Crossing island?",
  "qua|How do I transfer my Animal Crossing island to a new Switch if my old one is broken?")
G("gaming", "Can I get a refund on Steam for a game I played 3 hours?",
  "ord|I've put three hours into a Steam game and don't like it - can I get my money back?",
  "abb|can i get a steam refund for a game i played 3 hrs",
  "num|Can I get a refund on Steam for a game I played 1 hour?",
  "ent|Can I get a refund on the PlayStation Store for a game I played 3 hours?",
  "qwd|How long does a Steam refund take?")
G("gaming", "Does Elden Ring have cross-platform multiplayer?",
  "ord|Can PC and PlayStation players of Elden Ring play online together?",
  "syn|Is Elden Ring crossplay between platforms?",
  "ent|Does Fortnite have cross-platform multiplayer?",
  "qua|Does Elden Ring have cross-generation multiplayer between PS4 and PS5?",
  "act|How do I summon a friend in Elden Ring?")
G("gaming", "Why does my PS5 controller keep disconnecting?",
  "ord|My DualSense loses its connection to the PS5 every few minutes - what could be causing it?",
  "typ|why does my ps5 controler keep disconnecting",
  "pol|Could anyone help? My PS5 controller keeps disconnecting and I don't know why.",
  "ent|Why does my Xbox controller keep disconnecting?",
  "act|How do I update my PS5 controller firmware?",
  "shv|Why is my PS5 controller drifting?")
G("gaming", "How many players can play Minecraft split screen on Switch?",
  "ord|What's the maximum number of people who can do local split-screen Minecraft on a Nintendo Switch?",
  "abb|minecraft switch splitscreen max players?",
  "ent|How many players can play Minecraft split screen on PC?",
  "qwd|How do I set up Minecraft split screen on Switch?",
  "shv|How many players can join a Minecraft Realm?")
G("gaming", "Is Game Pass Ultimate worth it if I only play on PC?",
  "ord|I'm a PC-only gamer. Does paying for Game Pass Ultimate make sense over the cheaper tiers?",
  "reo|If I only play on PC, is Game Pass Ultimate worth it?",
  "ent|Is PS Plus Extra worth it if I only play on PS5?",
  "ent|Is Game Pass Ultimate worth it if I only play on Xbox?",
  "act|How do I cancel Game Pass Ultimate?")
G("gaming", "How do I add a friend on Nintendo Switch using their friend code?",
  "ord|I have my buddy's SW- code. Where do I enter it on my Switch to send a request?",
  "typ|how do i add friend on switch with friend code",
  "act|How do I remove a friend on Nintendo Switch?",
  "dir|How do I find my own friend code on Nintendo Switch?",
  "ent|How do I add a friend on Steam using their friend code?")
G("gaming", "What's the best class for a beginner in Diablo 4?",
  "ord|New to Diablo IV - which class is easiest to start with?",
  "abb|best D4 class for beginners?",
  "syn|Which Diablo 4 class is best for new players?",
  "ent|What's the best class for a beginner in World of Warcraft?",
  "qua|What's the best class for a beginner in Diablo 4 hardcore mode?",
  "act|Can I change my class later in Diablo 4?")
G("gaming", "Switch 日版和港版有什么区别？",
  "ord|任天堂Switch买日本版还是香港版，两者具体差在哪",
  "reo|Switch 港版和日版有什么区别？",
  "par|Switch日版跟港版有啥区别",
  "ent|Switch 日版和国行有什么区别？",
  "ent|PS5 日版和港版有什么区别？",
  "act|Switch 日版怎么把系统语言改成中文？")
G("gaming", "王者荣耀未成年人每天能玩多久？",
  "ord|王者荣耀对未成年人有限制，一天最多能玩几个小时",
  "par|王者荣耀未成年一天能玩多久啊",
  "qua|王者荣耀每天能玩多久？",
  "act|王者荣耀未成年人充值了怎么退款？",
  "shv|王者荣耀怎么解除未成年人防沉迷？")
G("gaming", "Steam 上买的游戏可以退款吗？",
  "ord|在Steam买了个游戏不想玩了，钱能退回来吗",
  "abb|steam游戏能退款不",
  "syn|Steam平台购买的游戏能申请退款吗？",
  "ent|Epic 上买的游戏可以退款吗？",
  "act|Steam 上买的游戏可以送给朋友吗？",
  "qwd|Steam 退款多久到账？")
G("gaming", "英雄联盟手游和端游的账号互通吗？",
  "ord|LOL手游能用电脑版英雄联盟的号登录吗，数据是不是共用的",
  "abb|LOL手游端游账号通用吗",
  "ent|原神手机和电脑的账号互通吗？",
  "act|英雄联盟手游怎么注销账号？",
  "shv|英雄联盟手游和端游哪个更好玩？")
G("gaming", "PS5 国行能玩港服的游戏吗？",
  "ord|国行版PS5登港服账号，下载港服游戏能正常玩吗",
  "par|国行PS5能玩港服游戏不",
  "act|PS5 国行怎么注册港服账号？",
  "ent|Switch 国行能玩日服的游戏吗？",
  "qwd|PS5 国行和港版哪个便宜？")
G("gaming", "原神抽卡保底是多少抽？",
  "ord|原神祈愿的话，最多抽多少次一定能出五星",
  "abb|原神几抽保底",
  "par|原神抽卡多少抽保底啊",
  "qua|原神武器池保底是多少抽？",
  "shv|原神抽卡保底会继承到下一个卡池吗？",
  "qwd|原神抽一次要多少原石？")
G("gaming", "手游充值未成年人可以退款吗？",
  "ord|孩子偷偷拿我手机给游戏充了钱，这钱能要回来吗",
  "syn|未成年人玩手游充的钱能退吗？",
  "qua|成年人手游充值可以退款吗？",
  "act|手游充值怎么设置每月限额？",
  "qwd|未成年人手游充值退款要多久？")
G("gaming", "Switch 卡带可以在不同的机器上玩吗？",
  "ord|一张Switch游戏卡插到朋友的主机上，能正常玩吗",
  "par|Switch卡带能换机器玩不",
  "qua|Switch 数字版游戏可以在不同的机器上玩吗？",
  "shv|Switch 卡带的存档可以转到别的机器吗？",
  "qwd|Switch 卡带一般多少钱一张？")
# ---------------------------------------------------------------- cars
G("cars", "How many miles between oil changes on a 2018 Honda Civic with synthetic oil?",
  "ord|What's the recommended mileage interval for changing the synthetic oil in my 2018 Civic?",
  "abb|2018 civic synthetic oil change interval miles?",
  "syn|How far can a 2018 Honda Civic go on synthetic oil before it needs an oil change?",
  "ent|How many miles between oil changes on a 2018 Toyota Prius with synthetic oil?",
  "qwd|What type of oil does a 2018 Honda Civic take?",
  "act|How many miles between tire rotations on a 2018 Honda Civic?")
G("cars", "Why is my check engine light flashing?",
  "ord|The engine warning lamp on my dash is blinking, not steady - what does that mean?",
  "typ|why's my check engine lite flashing",
  "qua|Why is my check engine light on but not flashing?",
  "act|How do I reset my check engine light?",
  "ent|Why is my tire pressure light flashing?")
G("cars", "Can I jump start a car with a dead battery in the rain?",
  "ord|My battery died and it's pouring outside. Is it safe to use jumper cables?",
  "syn|Is it safe to jump-start a dead battery when it's raining?",
  "ent|Can I jump start a hybrid car with a dead battery?",
  "dir|Can I use my hybrid to jump start another car?",
  "qwd|How long should I let the car run after a jump start?")
G("cars", "Should I lease or buy my next car if I drive about 25,000 miles a year?",
  "ord|I put around 25k miles a year on my car. Does leasing make sense or should I just purchase?",
  "reo|If I drive about 25,000 miles a year, should I buy or lease my next car?",
  "num|Should I lease or buy my next car if I drive about 7,000 miles a year?",
  "qua|Should I lease or buy my next car if I drive 25,000 miles a year for Uber?",
  "qwd|How much does it cost per mile to go over the limit on a car lease?")
G("cars", "What does it mean when my car shakes when I brake?",
  "ord|My steering wheel vibrates every time I hit the brakes - what's causing it?",
  "typ|what does it mean when car shakes when i brake",
  "pol|Can someone explain what it means when my car shakes when I brake?",
  "ent|What does it mean when my car shakes when I accelerate?",
  "qwd|How much does it cost to replace warped brake rotors?",
  "shv|What does it mean when my car squeaks when I brake?")
G("cars", "Do I need winter tires if I have all-wheel drive?",
  "ord|My car is AWD. Are snow tires still necessary?",
  "abb|AWD - still need winter tires?",
  "shv|Can I use winter tires all year round?",
  "qwd|When should I put on winter tires?",
  "obj|Do I need snow chains if I have all-wheel drive?")
G("cars", "How do I transfer a car title to a family member in Texas?",
  "ord|I'm giving my car to my son in Texas. What do we do about the title?",
  "syn|How do I sign over a car title to a relative in Texas?",
  "ent|How do I transfer a car title to a family member in Ohio?",
  "act|How do I get a replacement car title in Texas?",
  "qwd|How much tax do I pay when I transfer a car title to a family member in Texas?")
G("cars", "What's the towing capacity of a 2022 Toyota RAV4?",
  "ord|How much weight can a 2022 RAV4 pull?",
  "abb|2022 rav4 tow capacity?",
  "syn|How much can a 2022 Toyota RAV4 tow?",
  "ent|What's the towing capacity of a 2022 Toyota Highlander?",
  "qua|What's the towing capacity of a 2022 Toyota RAV4 Hybrid?",
  "obj|What's the payload capacity of a 2022 Toyota RAV4?")
G("cars", "新能源车的牌照和燃油车有什么区别？",
  "ord|电动车挂的绿牌跟油车的蓝牌，到底差在哪",
  "reo|燃油车的牌照和新能源车有什么区别？",
  "act|新能源车怎么申请绿牌？",
  "obj|新能源车的保险和燃油车有什么区别？",
  "qwd|新能源车牌照要摇号吗？")
G("cars", "车子年检需要带什么资料？",
  "ord|去做机动车年审，要准备哪些证件",
  "par|车年检要带啥",
  "syn|汽车年审需要携带哪些材料？",
  "qwd|车子年检多少钱？",
  "qua|新车六年免检去领标需要带什么资料？",
  "act|车子年检过期了怎么办？")
G("cars", "电动车冬天续航掉多少？",
  "ord|纯电车到了冬天，续航里程一般会缩水多少",
  "abb|电车冬天续航打几折",
  "ent|电动车夏天开空调续航掉多少？",
  "act|电动车冬天怎么减少续航衰减？",
  "obj|混动车冬天油耗会增加多少？")
G("cars", "违章停车罚款怎么在网上交？",
  "ord|收到了乱停车的罚单，能不能直接在手机上缴罚款",
  "abb|违停罚款网上咋交",
  "syn|违停罚单怎么在线缴纳？",
  "act|违章停车怎么查？",
  "qwd|违章停车罚款多少钱？",
  "neg|违章停车罚款不交会怎么样？")
G("cars", "小剐蹭走保险划算吗？",
  "ord|车子蹭掉了一点漆，报保险修跟自己掏钱修哪个合算",
  "par|小剐蹭走保险划算不",
  "qwd|小剐蹭走保险第二年保费涨多少？",
  "act|小剐蹭私了怎么写协议？",
  "dir|别人剐蹭了我的车走谁的保险？")
G("cars", "手动挡怎么坡道起步不溜车？",
  "ord|开手动挡车上坡停下来，再起步总是往后溜，怎么办",
  "abb|手动挡坡起不溜车技巧",
  "par|手动挡坡起咋不溜车啊",
  "ent|自动挡怎么坡道起步不溜车？",
  "act|手动挡怎么坡道停车？",
  "qwd|科目二坡道起步溜车扣多少分？")
G("cars", "驾驶证一个记分周期扣满12分了怎么办？",
  "ord|这个记分周期驾照的分已经全扣光了，接下来要做什么",
  "par|驾照一个周期12分扣完了咋办",
  "num|驾驶证一个记分周期扣了9分还能开车吗？",
  "act|驾驶证扣的分怎么通过学法减分？",
  "qwd|驾驶证扣满12分要去学习多少天？")
G("cars", "特斯拉 Model 3 家用充电桩怎么申请？",
  "ord|买了 Model 3，想在自家车位装个充电桩，需要走什么流程",
  "abb|Model3 家充桩咋申请",
  "qwd|特斯拉 Model 3 家用充电桩安装要多少钱？",
  "shv|特斯拉 Model 3 用超充一次要多少钱？",
  "qua|租的车位能装特斯拉家用充电桩吗？")

# ---------------------------------------------------------------- added after the first count, for the thin
# operator and negation classes
G("school", "Solve 3x - 5 > 10",
  "ord|Which values of x make 3x minus 5 greater than 10?",
  "typ|solve 3x-5>10",
  "syn|Find all x such that 3x - 5 > 10",
  "opr|Solve 3x - 5 < 10",
  "opr|Solve 3x + 5 > 10",
  "num|Solve 3x - 5 > 20")
G("programming", "In SQL, how do I select rows where price is greater than or equal to 100?",
  "ord|What WHERE clause returns only the rows whose price is at least 100?",
  "abb|sql: rows w/ price >= 100",
  "syn|In SQL, how can I filter for rows with a price of 100 or more?",
  "opr|In SQL, how do I select rows where price is less than 100?",
  "neg|In SQL, how do I select rows where price is not equal to 100?",
  "act|In SQL, how do I delete rows where price is greater than or equal to 100?")
G("shopping", "Why was I charged more than the price shown at checkout?",
  "ord|My card statement shows a higher amount than what the checkout page said - why?",
  "typ|why was i charged more then the price at checkout",
  "pol|Can you explain why I was charged more than the price shown at checkout?",
  "opr|Why was I charged less than the price shown at checkout?",
  "neg|Why was I not charged at all for my order?",
  "shv|Why do I see two identical charges for one order?")
G("hr", "Do I get paid for holidays I don't work?",
  "ord|If the office is closed for a public holiday, do I still get my wages for that day?",
  "syn|Am I paid for holidays when I'm not working?",
  "neg|Do I get extra pay for working on a holiday?",
  "qua|Do part-time employees get paid for holidays they don't work?",
  "qwd|Which holidays are paid holidays in the US?")
G("government", "What happens if I don't show up for jury duty?",
  "ord|I skipped my jury summons. What kind of trouble am I in?",
  "abb|what happens if u skip jury duty",
  "neg|What happens when I show up for jury duty?",
  "act|How do I postpone jury duty?",
  "qwd|How much do you get paid for jury duty?")
G("banking", "Why did my credit score drop 40 points after I paid off my car loan?",
  "ord|I finished paying my auto loan and my score fell by 40 - why would that happen?",
  "syn|Why did my credit score go down 40 points when I paid off my car loan?",
  "opr|Why did my credit score go up 40 points after I paid off my car loan?",
  "ent|Why did my credit score drop 40 points after I paid off my credit card?",
  "act|Why did my credit score drop 40 points after I took out a car loan?")
G("cars", "Is it bad to drive with my tires 5 psi over the recommended pressure?",
  "ord|My tires are inflated about 5 PSI higher than the door sticker says - is that a problem?",
  "abb|tires 5 psi over recommended - bad?",
  "opr|Is it bad to drive with my tires 5 psi under the recommended pressure?",
  "num|Is it bad to drive with my tires 15 psi over the recommended pressure?",
  "qwd|Where do I find the recommended tire pressure for my car?")
G("school", "x²-4x+4=0 怎么解？",
  "ord|方程x平方减4x加4等于0，解是多少",
  "typ|x^2-4x+4=0怎么解",
  "syn|解一下方程 x²-4x+4=0",
  "opr|x²+4x+4=0 怎么解？",
  "opr|x²-4x-4=0 怎么解？",
  "num|x²-4x+3=0 怎么解？")
G("shopping", "没收到货能申请仅退款吗？",
  "ord|包裹一直没到手，可以不退货直接只退钱吗",
  "par|没收到货能仅退款不",
  "neg|收到货了还能申请仅退款吗？",
  "qwd|没收到货申请仅退款多久能到账？",
  "shv|买家申请仅退款会影响商家吗？")
G("hr", "工资到手比合同上写的少了500是怎么回事？",
  "ord|实发工资跟合同约定的比少了五百块，是什么原因",
  "par|到手工资比合同少了500咋回事",
  "opr|工资到手比合同上写的多了500是怎么回事？",
  "ent|年终奖到手比说好的少了500是怎么回事？",
  "act|工资到手比合同上写的少了500可以去哪里投诉？")
G("real-estate", "不是本地户口能在北京买房吗？",
  "ord|外地户口的人在北京有没有资格购房",
  "syn|非京籍能在北京买房吗？",
  "neg|本地户口在北京最多能买几套房？",
  "ent|不是本地户口能在天津买房吗？",
  "act|不是本地户口能在北京落户吗？")
G("insurance", "没交社保能领失业金吗？",
  "ord|之前单位没给我缴社保，现在失业了，还能拿失业保险金吗",
  "par|没交社保能领失业金么",
  "neg|交了社保多久能领失业金？",
  "ent|没交社保能报销医药费吗？",
  "ent|没交社保能申请低保吗？")
G("programming", "JS 里 a ?? b 和 a || b 有什么区别？",
  "ord|JavaScript 的空值合并运算符 ?? 跟逻辑或 || 用起来差在哪",
  "reo|JS 里 a || b 和 a ?? b 有什么区别？",
  "abb|js里??和||的区别是啥",
  "opr|JS 里 a && b 和 a || b 有什么区别？",
  "opr|JS 里 a?.b 和 a ?? b 有什么区别？",
  "ent|PHP 的 ?? 运算符跟 || 用法上有什么不同？")
G("cooking", "做蛋糕不放泡打粉会怎么样？",
  "ord|烤蛋糕忘了加泡打粉，会有什么影响",
  "par|做蛋糕不放泡打粉会咋样",
  "opr|做蛋糕泡打粉放多了会怎么样？",
  "ent|做蛋糕不放黄油会怎么样？",
  "shv|泡打粉和小苏打能互相替代吗？")


def norm(text):
    """Lowercased, with punctuation and spaces removed (the uniqueness check's notion of identical)."""
    return re.sub(r"[\W_]+", "", text.lower())


def rows():
    out = []
    seen_pairs = set()
    for n, (domain, a, variants) in enumerate(GROUPS, 1):
        group = f"x13-{n:03d}"
        assert domain in DOMAINS, (group, domain)
        assert 5 <= len(variants) <= 6, (group, len(variants))
        lang = "zh" if CJK.search(a) else "en"
        labels = set()
        for v in variants:
            code, b = v.split("|", 1)
            if code in TRUE_CODES:
                label, cls = True, TRUE_CODES[code]
            else:
                label, cls = False, FALSE_CODES[code]
            labels.add(label)
            assert bool(CJK.search(b)) == (lang == "zh"), (group, b)
            assert b == b.strip() and a == a.strip(), (group, b)
            assert a != b, (group, b)
            # Only a typo-case variant (spacing, casing, punctuation), an operator near-miss (+/-) or a reorder
            # of operator symbols (a || b / a ?? b) may differ from its anchor in punctuation and spacing alone.
            assert norm(a) != norm(b) or cls in ("typo-case", "operator", "reorder"), (group, b)
            key = (re.sub(r"\s+", "", a.lower()), re.sub(r"\s+", "", b.lower()))
            assert key not in seen_pairs and key[::-1] not in seen_pairs, (group, b)
            seen_pairs.add(key)
            out.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                        "group": group})
        assert labels == {True, False}, group
    anchors = [norm(a) for _, a, _ in GROUPS]
    assert len(set(anchors)) == len(anchors), "repeated anchor"
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "extra-13.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
