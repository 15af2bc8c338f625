#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-20.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_20_data.py

Labelled pairs for the semantic cache in fourteen new domains (insurance, telecom plans, HR and payroll, cooking,
legal/tenancy, real estate, gaming, government services/visas, fitness, automotive, pets, parenting, university
admin, cloud/devops), about half near-misses that share most words with the anchor and half paraphrases
(at least a quarter of them heavier Quora-style rewordings).

Each group is one anchor question `a` and its variants `b`, written as "code|text"; the code names the class and
the class fixes the label (true: one complete, correct answer to `a` fully serves `b`). Group ids run x20-001 ...
in writing order. The split of each group comes from its id alone (the rule of split.py: even first byte of
SHA-256 of the id is dev, odd is test). The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",          # fronted phrases, clause order
    "syn": "synonym",         # common synonyms and inflections
    "pol": "politeness",      # could you tell me / 请问 / 麻烦问一下
    "reph": "rephrase",       # heavier rewording, as people ask the same thing twice
    "voc": "voice",           # passive <-> active, 被 <-> 把 with the same roles
    "typo": "typo-case",      # typos, case, punctuation, full-width characters
    "par": "particles",       # Chinese 吗/呢/啊/了
    "nums": "numbers-same",   # the same number written differently
}
FALSE_CODES = {
    "dir": "direction",             # to/from, A→B / B→A, who does what to whom, before/after, A比B / B比A
    "op": "operator",               # signs, comparisons, units converted the other way
    "qual": "qualifier",            # a restricting word or clause added or dropped
    "act": "action",                # another verb on the same object
    "obj": "object",                # the same verb on another object
    "num": "number",                # another amount, date, age or count
    "neg": "negation",              # not / without / never, 不 / 没 / 无需
    "ent": "entity",                # another city, product, brand or plan
    "qw": "question-word",          # how much / how long, 什么时候 / 在哪里
    "scope": "scope",               # whole / part, 全部 / 部分
    "time": "time",                 # tense or time reference
    "pers": "person",               # my / my wife's, 我的 / 我妈的, I / we
    "mod": "modality",              # must / may, 必须 / 可以
    "shv": "shared-vocabulary",     # another question in the same words
}
DOMAINS = {
    "insurance", "telecom", "hr-payroll", "cooking", "legal-tenancy", "real-estate", "gaming", "government",
    "fitness", "automotive", "pets", "parenting", "university", "cloud-devops",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- insurance (en)
G("insurance", "Does my renters insurance cover a laptop stolen from my car?",
  "shv|Does my car insurance cover a laptop stolen from my rented apartment?",
  "ent|Does my renters insurance cover a bike stolen from my car?",
  "wo|If a laptop is stolen from my car, does my renters insurance cover it?",
  "neg|Does my renters insurance cover a laptop stolen from my car without any sign of forced entry?",
  "typo|does my renters insurnace cover a laptop stolen from my car")
G("insurance", "Can I add my wife to my health insurance plan mid-year?",
  "pers|Can my wife add me to her health insurance plan mid-year?",
  "pol|Could you tell me whether I can add my wife to my health insurance plan mid-year?",
  "act|Can I remove my wife from my health insurance plan mid-year?",
  "reph|Is it possible to put my spouse on my medical coverage in the middle of the plan year?",
  "time|Could I have added my wife to my health insurance plan last year?")
G("insurance", "Will my premium go up if I file a claim for hail damage?",
  "scope|Will the premiums on all my policies go up if I file a home claim for hail damage?",
  "reph|Does making a hail damage claim raise what I pay for insurance?",
  "ent|Will my premium go up if I file a claim for flood damage?",
  "op|Will my premium go down if I file a claim for hail damage?",
  "typo|Will my premium go up if I file a claim for HAIL damage??",
  "num|Will my premium go up if I file three claims for hail damage?")
G("insurance", "Is dental cleaning covered under my basic plan?",
  "syn|Is a dental cleaning included in my basic plan?",
  "ent|Is dental cleaning covered under my premium plan?",
  "obj|Is a root canal covered under my basic plan?",
  "pol|Hi, can you tell me if dental cleaning is covered under my basic plan?",
  "scope|Is dental cleaning covered under my basic plan for my whole family?")
G("insurance", "What happens to my life insurance if I stop paying premiums?",
  "reph|If I quit paying the premiums on my life policy, what happens to it?",
  "neg|What happens to my life insurance if I never miss a premium?",
  "wo|If I stop paying premiums, what happens to my life insurance?",
  "ent|What happens to my car insurance if I stop paying premiums?",
  "mod|Do I have to keep paying premiums on my life insurance after I retire?")
G("insurance", "Does travel insurance refund my ticket if my flight is cancelled?",
  "voc|If the airline cancels my flight, does travel insurance refund my ticket?",
  "dir|Does the airline refund my travel insurance if my flight is cancelled?",
  "qual|Does travel insurance refund my ticket if my flight is cancelled because of a strike?",
  "syn|Will travel insurance reimburse my ticket if my flight gets cancelled?",
  "time|Does travel insurance refund my ticket if my flight is delayed?")
G("insurance", "How much is the deductible on a $500 windshield claim?",
  "nums|How much is the deductible on a five hundred dollar windshield claim?",
  "num|How much is the deductible on a $1,500 windshield claim?",
  "reph|If I claim $500 for my windshield, how much do I pay out of pocket first?",
  "scope|How much is the deductible on all my claims this year?",
  "shv|Is a $500 windshield claim worth filing if I have a deductible?")
G("insurance", "Can I cancel my pet insurance within the first 14 days for a full refund?",
  "nums|Can I cancel my pet insurance within the first fourteen days for a full refund?",
  "reph|Is there a 14-day cooling-off period on pet insurance where I get all my money back?",
  "num|Can I cancel my pet insurance within the first 30 days for a full refund?",
  "scope|Can I cancel my pet insurance within the first 14 days for a partial refund?",
  "act|Can I upgrade my pet insurance within the first 14 days for a full refund?")
G("insurance", "Do I need to tell my insurer that I work from home?",
  "syn|Should I inform my insurer that I work from home?",
  "reph|Does my home insurance company have to know I run my job from the house?",
  "dir|Does my insurer need to tell me that I work from home?",
  "neg|Do I need to tell my insurer that I no longer work from home?",
  "pol|Quick question: do I need to tell my insurer that I work from home?")
# ---------------------------------------------------------------- insurance (zh)
G("insurance", "医保卡可以给我爸用吗？",
  "dir|我爸的医保卡可以给我用吗？",
  "par|医保卡可以给我爸用不",
  "reph|我能拿自己的医保卡帮我爸看病买药吗？",
  "act|医保卡可以给我爸激活吗？",
  "pol|请问医保卡可以给我爸用吗？")
G("insurance", "车险出险一次，明年保费会涨多少？",
  "nums|车险出险1次，明年保费会涨多少？",
  "num|车险出险三次，明年保费会涨多少？",
  "reph|今年车险理赔了一回，下年续保要多交多少钱？",
  "shv|车险明年保费涨了，是因为今年出险一次吗？",
  "time|车险出险一次，今年保费会涨多少？")
G("insurance", "退保的话能退多少钱？",
  "reph|我现在不想要这份保险了，解约能拿回多少？",
  "act|加保的话要补多少钱？",
  "typo|退保的话 能退多少钱?",
  "qual|犹豫期过后退保的话能退多少钱？",
  "pol|麻烦问一下，退保的话能退多少钱？")
G("insurance", "给孩子买的少儿医保在哪里缴费？",
  "qw|给孩子买的少儿医保什么时候缴费？",
  "reph|孩子的少儿医保要去哪儿交钱？",
  "pers|给我自己买的城乡居民医保在哪里缴费？",
  "wo|少儿医保给孩子买的话，在哪里缴费？",
  "act|给孩子买的少儿医保在哪里报销？")
G("insurance", "保险公司拒赔了我该怎么投诉？",
  "voc|我被保险公司拒赔了该怎么投诉？",
  "reph|理赔被拒，想投诉保险公司，要走什么流程？",
  "dir|保险公司投诉了我该怎么办？",
  "act|保险公司拒赔了我该怎么起诉？",
  "par|保险公司拒赔了，我该怎么投诉呢？")
G("insurance", "重疾险必须体检才能投保吗？",
  "mod|重疾险可以体检后再投保吗？",
  "syn|重疾险一定要体检才能投保吗？",
  "reph|买重疾险是不是得先去做体检？",
  "qual|五十岁以上买重疾险必须体检才能投保吗？",
  "ent|定期寿险必须体检才能投保吗？")
G("insurance", "车险快到期了，线上怎么续保？",
  "wo|线上怎么续保？车险快到期了",
  "act|车险快到期了，线上怎么退保？",
  "reph|车险马上过期，想在网上直接续一年，怎么弄？",
  "time|车险已经过期了，线上怎么续保？",
  "typo|车险快到期了,线上怎么续保")
G("insurance", "我妈六十五岁了还能买医疗险吗？",
  "nums|我妈65岁了还能买医疗险吗？",
  "num|我妈七十五岁了还能买医疗险吗？",
  "qual|我妈六十五岁了有高血压，还能买医疗险吗？",
  "par|我妈六十五岁了，还能买医疗险不？",
  "obj|我妈六十五岁了还能买意外险吗？")
# ---------------------------------------------------------------- telecom (en)
G("telecom", "Can I keep my number if I switch from Verizon to T-Mobile?",
  "dir|Can I keep my number if I switch from T-Mobile to Verizon?",
  "reph|Will I lose my phone number when I move my line from Verizon over to T-Mobile?",
  "syn|Can I retain my number if I switch from Verizon to T-Mobile?",
  "qw|How long does it take to move my number from Verizon to T-Mobile?",
  "wo|If I switch from Verizon to T-Mobile, can I keep my number?")
G("telecom", "How much does it cost to add a second line to my unlimited plan?",
  "nums|How much does it cost to add a 2nd line to my unlimited plan?",
  "act|How much does it cost to remove a second line from my unlimited plan?",
  "num|How much does it cost to add a third line to my unlimited plan?",
  "reph|What's the monthly price for one extra line on my unlimited plan?",
  "ent|How much does it cost to add a second line to my prepaid plan?")
G("telecom", "Why is my data so slow after I use 50GB?",
  "reph|My internet gets throttled once I pass 50GB, why is that?",
  "num|Why is my data so slow after I use 5GB?",
  "dir|Why was my data so slow before I used 50GB?",
  "typo|Why is my data so slow after I use 50 GB?",
  "qw|How do I fix my data being slow after I use 50GB?")
G("telecom", "What's the early termination fee if I cancel my contract after 6 months?",
  "nums|What's the early termination fee if I cancel my contract after six months?",
  "num|What's the early termination fee if I cancel my contract after 18 months?",
  "act|What's the fee if I upgrade my contract after 6 months?",
  "reph|How much will I be charged for ending my contract early, six months in?",
  "qw|When do I pay the early termination fee if I cancel my contract after 6 months?")
G("telecom", "Can I use my eSIM on two phones at the same time?",
  "shv|Why can't I use my eSIM on my new phone?",
  "nums|Can I use my eSIM on 2 phones at the same time?",
  "reph|Is it possible to have the same eSIM active on a pair of phones simultaneously?",
  "act|Can I transfer my eSIM between two phones at the same time?",
  "syn|Can I use my eSIM on two phones simultaneously?")
G("telecom", "Is international calling to Canada included in my plan?",
  "dir|Are calls from Canada to the US included in my plan?",
  "syn|Are international calls to Canada included in my plan?",
  "obj|Is international texting to Canada included in my plan?",
  "wo|In my plan, is international calling to Canada included?",
  "scope|Is international calling to every country included in my plan?")
G("telecom", "How do I unlock my phone so I can use another carrier's SIM?",
  "reph|What's the process to carrier-unlock my handset for a different SIM card?",
  "act|How do I lock my phone so nobody can use another carrier's SIM?",
  "pol|Hi, could you explain how I unlock my phone so I can use another carrier's SIM?",
  "mod|Do I have to unlock my phone before I can use another carrier's SIM?",
  "typo|How do I unlock my phone so i can use another carriers SIM")
G("telecom", "Can my daughter's line share my data on the family plan?",
  "pers|Can my line share my daughter's data on the family plan?",
  "syn|Can my daughter's line use my data on the family plan?",
  "reph|On a family plan, is my kid's phone able to pull from my data allowance?",
  "qual|Can my daughter's line share my data on the family plan while she's abroad?",
  "obj|Can my daughter's line share my minutes on the family plan?")
G("telecom", "Will my bill be prorated if I downgrade my plan mid-cycle?",
  "act|Will my bill be prorated if I cancel my plan mid-cycle?",
  "syn|Will my bill be prorated if I switch to a cheaper plan mid-cycle?",
  "reph|If I move to a lower plan halfway through the month, do I only pay part of the month at each price?",
  "op|Will my bill be prorated if I upgrade my plan mid-cycle?",
  "time|Was my last bill prorated because I downgraded my plan mid-cycle?")
# ---------------------------------------------------------------- telecom (zh)
G("telecom", "怎么把流量包从30G改成10G？",
  "dir|怎么把流量包从10G改成30G？",
  "nums|怎么把流量包从三十G改成十G？",
  "reph|我想把30G的流量包降到10G，要怎么操作？",
  "act|怎么把30G流量包退订？",
  "voc|流量包从30G改成10G怎么改？")
G("telecom", "移动的宽带可以单独办吗？",
  "ent|电信的宽带可以单独办吗？",
  "par|移动的宽带能单独办不？",
  "reph|我不办手机套餐，只装移动宽带可以吗？",
  "act|移动的宽带可以单独退吗？",
  "neg|没有房产证可以办移动的宽带吗？")
G("telecom", "话费欠费多久会停机？",
  "qw|话费欠费了在哪里补缴？",
  "syn|话费欠费多长时间会停机？",
  "reph|手机欠费了，拖几天才会被停？",
  "num|话费欠费三个月会销号吗？",
  "pol|请问话费欠费多久会停机？")
G("telecom", "我给我妈办了一张副卡，能用我的流量吗？",
  "pers|我妈给我办了一张副卡，能用她的流量吗？",
  "reph|帮我妈开了张副卡，她能共享我主卡的流量吗？",
  "obj|我给我妈办了一张副卡，能用我的通话分钟数吗？",
  "par|我给我妈办了一张副卡，能用我的流量不",
  "wo|我妈的副卡是我给她办的，能用我的流量吗？")
G("telecom", "合约机没到期可以换套餐吗？",
  "time|合约机到期了可以换套餐吗？",
  "syn|合约机还没到期能改套餐吗？",
  "reph|合约期内，能不能把套餐换成别的？",
  "qual|合约机没到期可以升级到更贵的套餐吗？",
  "mod|合约机没到期必须换套餐吗？")
G("telecom", "手机号实名认证需要带什么证件？",
  "qw|手机号实名认证需要在哪里办？",
  "syn|手机号实名需要带什么证件？",
  "pers|给孩子的手机号实名认证需要带什么证件？",
  "pol|麻烦问一下，手机号实名认证需要带什么证件？",
  "ent|宽带实名认证需要带什么证件？")
G("telecom", "联通的一百九十九元套餐包含多少流量？",
  "nums|联通的199元套餐包含多少流量？",
  "ent|移动的一百九十九元套餐包含多少流量？",
  "num|联通的一百二十九元套餐包含多少流量？",
  "reph|联通那个199一个月的套餐，流量给多少G？",
  "obj|联通的一百九十九元套餐包含多少通话分钟？")
# ---------------------------------------------------------------- hr-payroll (en)
G("hr-payroll", "Is overtime paid at 1.5 times my hourly rate on weekends?",
  "shv|Is my hourly rate 1.5 times higher on weekends even without overtime?",
  "nums|Is overtime paid at one and a half times my hourly rate on weekends?",
  "num|Is overtime paid at 2 times my hourly rate on weekends?",
  "ent|Is overtime paid at 1.5 times my hourly rate on public holidays?",
  "reph|Do I get time and a half for extra hours worked on Saturday and Sunday?",
  "wo|On weekends, is overtime paid at 1.5 times my hourly rate?")
G("hr-payroll", "When will my final paycheck arrive after I resign?",
  "qw|How much will my final paycheck be after I resign?",
  "syn|When will my last paycheck arrive after I quit?",
  "act|When will my final paycheck arrive after I am laid off?",
  "reph|I just handed in my notice. How soon should I expect the last salary payment?",
  "pol|Can you tell me when my final paycheck will arrive after I resign?")
G("hr-payroll", "Can unused vacation days roll over to next year?",
  "time|Did my unused vacation days already roll over to this year?",
  "syn|Can leftover vacation days carry over to next year?",
  "obj|Can unused sick days roll over to next year?",
  "reph|If I don't take all my PTO, do the remaining days move into the following year?",
  "act|Can unused vacation days be cashed out next year?")
G("hr-payroll", "How do I change the bank account my salary is deposited into?",
  "reph|I opened a new bank account; how do I get payroll to send my wages there?",
  "voc|How do I change the bank account that payroll deposits my salary into?",
  "obj|How do I change the tax withholding on my salary?",
  "scope|How do I split my salary across two bank accounts?",
  "typo|how do i change the bank acount my salary is deposited into")
G("hr-payroll", "Does my employer have to pay me for the time I spend in mandatory training?",
  "mod|Is my employer allowed to pay me for the time I spend in mandatory training?",
  "qual|Does my employer have to pay me for the time I spend in optional training?",
  "reph|If the company requires me to attend training, do those hours count as paid work?",
  "syn|Must my employer pay me for the time I spend in mandatory training?",
  "dir|Do I have to pay my employer for the mandatory training?")
G("hr-payroll", "How many weeks of paid maternity leave do I get?",
  "pers|How many weeks of paid paternity leave does my husband get?",
  "qual|How many weeks of unpaid maternity leave do I get?",
  "syn|How many weeks of paid maternity leave am I entitled to?",
  "reph|How long is my paid leave after having a baby, in weeks?",
  "qw|When should I start my paid maternity leave?")
G("hr-payroll", "Why was state tax deducted from my bonus but not from my regular pay?",
  "dir|Why was state tax deducted from my regular pay but not from my bonus?",
  "reph|My bonus had state tax taken out while my normal paycheck didn't, why?",
  "neg|Why was state tax deducted from both my bonus and my regular pay?",
  "wo|Why was state tax deducted not from my regular pay but from my bonus?",
  "typo|Why was state tax deducted from my bonus, but not from my regular pay??")
G("hr-payroll", "Can my manager refuse my request to work from home two days a week?",
  "nums|Can my manager refuse my request to work from home 2 days a week?",
  "num|Can my manager refuse my request to work from home four days a week?",
  "dir|Can I refuse my manager's request to work from home two days a week?",
  "reph|Is my boss allowed to say no if I ask to be remote twice a week?",
  "act|Can my manager cancel my approved work-from-home two days a week?")
G("hr-payroll", "Is my signing bonus taxed at a higher rate than my salary?",
  "dir|Is my salary taxed at a higher rate than my signing bonus?",
  "wo|Compared with my salary, is my signing bonus taxed at a higher rate?",
  "op|Is my signing bonus taxed at a lower rate than my salary?",
  "reph|Does the government take a bigger percentage of my sign-on bonus than of my normal pay?",
  "obj|Is my retention bonus taxed at a higher rate than my salary?")
G("hr-payroll", "How much notice do I need to give before quitting?",
  "pers|How much notice does my employer need to give before firing me?",
  "syn|How much notice must I give before resigning?",
  "qual|How much notice do I need to give before quitting during probation?",
  "pol|Hello, how much notice do I need to give before quitting?",
  "reph|Before I leave the job, how far in advance should I tell my company?")
# ---------------------------------------------------------------- hr-payroll (zh)
G("hr-payroll", "公积金可以一次性全部取出来吗？",
  "scope|公积金可以取出一部分吗？",
  "par|公积金可以一次性全部取出来不",
  "reph|我想把住房公积金账户里的钱全提出来，能一次取完吗？",
  "obj|社保可以一次性全部取出来吗？",
  "scope|公积金可以每个月取一部分出来吗？")
G("hr-payroll", "年终奖怎么算个税？",
  "shv|年终奖是怎么算出来的？",
  "reph|年终奖要交多少个人所得税，怎么计算的？",
  "pol|请问年终奖怎么算个税？",
  "obj|加班费怎么算个税？",
  "typo|年终奖 怎么算个税？")
G("hr-payroll", "公司没给我交社保，我可以去哪里投诉？",
  "neg|公司给我交了社保，我可以去哪里查？",
  "wo|我可以去哪里投诉公司没给我交社保？",
  "reph|单位一直不给缴社保，应该找哪个部门举报？",
  "pers|公司没给我同事交社保，我可以去哪里投诉？",
  "par|公司没给我交社保，我可以去哪里投诉啊")
G("hr-payroll", "被公司辞退能拿到多少补偿？",
  "voc|公司辞退我能拿到多少补偿？",
  "act|主动辞职能拿到多少补偿？",
  "reph|我被裁了，公司应该赔我几个月工资？",
  "qual|试用期被公司辞退能拿到多少补偿？",
  "par|被公司辞退了，能拿到多少补偿呢？")
G("hr-payroll", "工资条上的应发工资和实发工资有什么区别？",
  "wo|工资条上的实发工资和应发工资有什么区别？",
  "reph|应发和实发为什么不一样，中间差的是什么？",
  "obj|工资条上的基本工资和绩效工资有什么区别？",
  "qw|工资条上的应发工资在哪里看？",
  "typo|工资条上的 应发工资 和 实发工资 有什么区别")
G("hr-payroll", "年假没休完可以折算成钱吗？",
  "syn|年假没用完可以换成钱吗？",
  "reph|今年的年假没休掉，公司会不会按工资补给我？",
  "neg|年假休完了还可以请带薪假吗？",
  "obj|调休没休完可以折算成钱吗？",
  "time|去年的年假没休完，今年还可以折算成钱吗？")
G("hr-payroll", "我的个税APP里为什么多了一笔我没拿过的收入？",
  "reph|个税app显示有家公司给我发过工资，可我根本没在那上班，怎么回事？",
  "pers|我老婆的个税APP里为什么多了一笔她没拿过的收入？",
  "act|我的个税APP里怎么申诉一笔我没拿过的收入？",
  "typo|我的个税app里为什么多了一笔我没拿过的收入",
  "neg|我的个税APP里为什么没有我拿过的那笔收入？")
G("hr-payroll", "五险一金是公司交的多还是个人交的多？",
  "wo|五险一金是个人交的多还是公司交的多？",
  "reph|社保公积金这块，单位缴的部分和我自己缴的部分哪个多？",
  "qual|灵活就业的五险一金是公司交的多还是个人交的多？",
  "pol|想请教一下，五险一金是公司交的多还是个人交的多？",
  "qw|五险一金公司和个人各交多少？")
# ---------------------------------------------------------------- cooking (en)
G("cooking", "Can I substitute Greek yogurt for sour cream in banana bread?",
  "dir|Can I substitute sour cream for Greek yogurt in banana bread?",
  "reph|Will my banana bread still work if I use Greek yogurt in place of sour cream?",
  "ent|Can I substitute Greek yogurt for sour cream in beef stroganoff?",
  "wo|In banana bread, can I substitute Greek yogurt for sour cream?",
  "typo|can i substitute greek yoghurt for sour cream in banana bread?")
G("cooking", "How many grams is one cup of all-purpose flour?",
  "nums|How many grams is 1 cup of all-purpose flour?",
  "op|How many cups is one gram of all-purpose flour?",
  "ent|How many grams is one cup of granulated sugar?",
  "reph|If a recipe says a cup of plain flour, what does that weigh in grams?",
  "num|How many grams is half a cup of all-purpose flour?")
G("cooking", "What temperature should chicken thighs reach to be safe to eat?",
  "shv|What temperature should chicken thighs be served at so they're safe to eat?",
  "obj|What temperature should pork chops reach to be safe to eat?",
  "syn|What internal temperature do chicken thighs need to reach to be safe to eat?",
  "reph|When is a chicken thigh cooked enough to eat safely, temperature-wise?",
  "qw|How long do chicken thighs take to reach a safe temperature?",
  "pol|Could you tell me what temperature chicken thighs should reach to be safe to eat?")
G("cooking", "Do I need to soak dried chickpeas before cooking them in a pressure cooker?",
  "mod|Can I soak dried chickpeas before cooking them in a pressure cooker?",
  "reph|Is overnight soaking necessary for dry chickpeas if I'm using an Instant Pot?",
  "qual|Do I need to soak dried chickpeas before cooking them on the stove?",
  "syn|Must I soak dried chickpeas before cooking them in a pressure cooker?",
  "obj|Do I need to soak dried lentils before cooking them in a pressure cooker?")
G("cooking", "How long does cooked rice keep in the fridge?",
  "syn|How long does cooked rice last in the refrigerator?",
  "qual|How long does uncooked rice keep in the pantry?",
  "reph|I have leftover rice, how many days is it good for once refrigerated?",
  "ent|How long does cooked rice keep in the freezer?",
  "typo|How long does cooked rice keep in the fridge ?")
G("cooking", "Why did my bread come out dense even though the dough doubled?",
  "neg|Why did my bread come out dense when the dough didn't double?",
  "reph|My dough rose to twice its size but the loaf was still heavy and tight, what went wrong?",
  "op|Why did my bread come out too airy even though the dough doubled?",
  "syn|Why was my bread dense even though the dough had doubled in size?",
  "pol|Any idea why my bread came out dense even though the dough doubled?")
G("cooking", "Can I freeze lasagna before baking it?",
  "dir|Can I freeze lasagna after baking it?",
  "reph|Is it OK to assemble a lasagna, freeze it raw, and bake it later?",
  "act|Can I reheat lasagna before baking it?",
  "wo|Before baking it, can I freeze lasagna?",
  "qw|How long can I freeze lasagna before baking it?")
G("cooking", "How do I convert 350 degrees Fahrenheit to Celsius for my oven?",
  "op|How do I convert 350 degrees Celsius to Fahrenheit for my oven?",
  "nums|How do I convert three hundred fifty degrees Fahrenheit to Celsius for my oven?",
  "reph|My recipe says 350°F but my oven is in Celsius; what should I set it to?",
  "num|How do I convert 425 degrees Fahrenheit to Celsius for my oven?",
  "qual|How do I convert 350 degrees Fahrenheit to Celsius for my fan oven?")
G("cooking", "Should I add salt to the pasta water before or after it boils?",
  "reph|Do you salt pasta water when it's cold or once it's already boiling?",
  "obj|Should I add oil to the pasta water before or after it boils?",
  "qw|How much salt should I add to the pasta water?",
  "syn|Should I put salt in the pasta water before or after it boils?")
# ---------------------------------------------------------------- cooking (zh)
G("cooking", "空气炸锅烤鸡翅用多少度？",
  "qw|空气炸锅烤鸡翅要烤多久？",
  "syn|空气炸锅烤鸡翅开多少度？",
  "reph|想用空气炸锅做鸡翅，温度调到几度合适？",
  "obj|空气炸锅烤红薯用多少度？",
  "typo|空气炸锅烤鸡翅用多少度?")
G("cooking", "一汤匙酱油大概是多少毫升？",
  "op|一毫升酱油大概是多少汤匙？",
  "nums|1汤匙酱油大概是多少毫升？",
  "syn|一大勺酱油大概是多少毫升？",
  "ent|一茶匙酱油大概是多少毫升？",
  "num|三汤匙酱油大概是多少毫升？")
G("cooking", "饺子冻过以后怎么煮才不会破？",
  "time|刚包好的饺子怎么煮才不会破？",
  "reph|速冻饺子下锅老是煮烂，要怎么煮才能完整？",
  "act|饺子冻过以后怎么煎才不会破？",
  "par|饺子冻过以后，怎么煮才不会破呢？",
  "voc|饺子被冻过以后怎么煮才不会破？")
G("cooking", "做蛋糕可以用玉米油代替黄油吗？",
  "dir|做蛋糕可以用黄油代替玉米油吗？",
  "voc|做蛋糕的时候，黄油可以被玉米油代替吗？",
  "reph|家里没黄油了，烤蛋糕换成玉米油行不行？",
  "ent|做饼干可以用玉米油代替黄油吗？",
  "pol|请问做蛋糕可以用玉米油代替黄油吗？")
G("cooking", "炖牛肉的时候什么时候放盐？",
  "qw|炖牛肉的时候放多少盐？",
  "wo|什么时候放盐，炖牛肉的时候？",
  "obj|炖牛肉的时候什么时候放土豆？",
  "reph|炖牛肉是一开始就下盐，还是快出锅再放？",
  "syn|炖牛肉时应该什么时候加盐？")
G("cooking", "没有烤箱能做披萨吗？",
  "neg|有烤箱的话怎么做披萨？",
  "reph|家里没烤箱，有什么办法做披萨？",
  "obj|没有烤箱能做面包吗？",
  "par|没有烤箱，能做披萨不？",
  "syn|没烤箱可以做披萨吗？")
# ---------------------------------------------------------------- legal-tenancy (en)
G("legal-tenancy", "How much notice does my landlord have to give before raising the rent?",
  "reph|If the landlord wants to increase my rent, how far ahead must I be told?",
  "mod|How much notice should my landlord ideally give before raising the rent?",
  "pol|Could you tell me how much notice my landlord has to give before raising the rent?",
  "qw|How much can my landlord raise the rent?")
G("legal-tenancy", "Is the landlord or the tenant responsible for fixing a broken water heater?",
  "wo|Is the tenant or the landlord responsible for fixing a broken water heater?",
  "reph|Our water heater died. Who has to pay for the repair, me as the renter or the owner?",
  "obj|Is the landlord or the tenant responsible for replacing a broken light bulb?",
  "syn|Is the landlord or the tenant responsible for repairing a broken water heater?",
  "qual|Is the landlord or the tenant responsible for fixing a water heater the tenant broke?")
G("legal-tenancy", "Does my landlord need to give 24 hours' notice before entering my unit?",
  "nums|Does my landlord need to give twenty-four hours' notice before entering my unit?",
  "num|Does my landlord need to give 48 hours' notice before entering my unit?",
  "qual|Does my landlord need to give 24 hours' notice before entering my unit in an emergency?",
  "voc|Does 24 hours' notice need to be given by my landlord before entering my unit?",
  "reph|Can the landlord just walk into my apartment, or does he have to warn me a day ahead?")
G("legal-tenancy", "How do I get my name removed from a lease after moving out?",
  "act|How do I get my name added to a lease after moving in?",
  "reph|I moved out but I'm still on the lease; how do I get taken off it?",
  "pers|How do I get my ex's name removed from a lease after she moved out?",
  "voc|How do I have my name taken off a lease after moving out?",
  "typo|how do I get my name removed from a lease after moving out")
G("legal-tenancy", "Can a landlord refuse to rent to me because I have a cat?",
  "obj|Can a landlord refuse to rent to me because I have children?",
  "syn|Can a landlord deny my rental application because I have a cat?",
  "reph|Is it legal for an apartment owner to turn me down just because of my cat?",
  "qual|Can a landlord refuse to rent to me because I have an emotional support cat?",
  "pol|Quick legal question: can a landlord refuse to rent to me because I have a cat?")
G("legal-tenancy", "What can I do if my landlord hasn't returned my deposit after 30 days?",
  "nums|What can I do if my landlord hasn't returned my deposit after thirty days?",
  "num|What can I do if my landlord hasn't returned my deposit after 3 days?",
  "reph|It's been a month since I moved out and no deposit yet; what are my options?",
  "neg|What can I do if my landlord returned my deposit but deducted too much?",
  "wo|After 30 days, what can I do if my landlord hasn't returned my deposit?")
G("legal-tenancy", "Is a verbal rental agreement legally binding?",
  "qual|Is a verbal rental agreement for longer than one year legally binding?",
  "reph|If my landlord and I only agreed on the rent by talking, is that an enforceable lease?",
  "obj|Is a verbal job offer legally binding?",
  "typo|Is a verbal rental agreement legally-binding??")
# ---------------------------------------------------------------- legal-tenancy (zh)
G("legal-tenancy", "租房合同没到期，房东要卖房，我必须搬走吗？",
  "shv|租房合同没到期，房东要卖房，我能优先买吗？",
  "reph|合同还有半年，房东说房子卖了让我走，我一定得搬吗？",
  "time|租房合同到期了，房东要卖房，我必须搬走吗？",
  "act|租房合同没到期，房东要装修，我必须搬走吗？",
  "wo|房东要卖房，租房合同没到期，我必须搬走吗？")
G("legal-tenancy", "提前退租要赔房东多少钱？",
  "dir|房东提前收房要赔我多少钱？",
  "syn|提前退房要赔给房东多少钱？",
  "reph|租约没满我就想搬，违约金一般给房东赔多少？",
  "qw|提前退租要提前多久告诉房东？",
  "par|提前退租要赔房东多少钱呢")
G("legal-tenancy", "房东可以不打招呼直接进我租的房间吗？",
  "neg|房东打了招呼就可以进我租的房间吗？",
  "reph|房东趁我不在自己开门进屋，这样合法吗？",
  "par|房东可不可以不打招呼就直接进我租的房间啊",
  "qual|房东可以不打招呼直接进我租的房间修漏水吗？",
  "syn|房东能不打招呼直接进我租的房间吗？")
G("legal-tenancy", "租房合同需要去哪里备案？",
  "qw|租房合同需要备案多久？",
  "reph|签完租房合同，到哪个部门去登记备案？",
  "mod|租房合同一定要备案吗？",
  "pol|麻烦问一下，租房合同需要去哪里备案？",
  "typo|租房合同 需要去哪里备案？")
G("legal-tenancy", "合租室友欠房租，房东能让我替他付吗？",
  "dir|合租室友欠房租，房东能让他替我付吗？",
  "reph|同住的室友拖欠房租，房东要求我帮他垫上，有这个义务吗？",
  "voc|合租室友欠房租，我能被房东要求替他付吗？",
  "obj|合租室友欠水电费，房东能让我替他付吗？",
  "act|合租室友欠房租，房东能把他赶走吗？")
G("legal-tenancy", "房租一年涨了百分之二十，合法吗？",
  "nums|房租一年涨了20%，合法吗？",
  "num|房租一年涨了百分之五，合法吗？",
  "reph|房东这次一下子把房租提高了两成，这符合规定吗？",
  "op|房租一年降了百分之二十，合法吗？",
  "time|房租一个月涨了百分之二十，合法吗？")
G("legal-tenancy", "租房的时候中介费应该谁出？",
  "reph|通过中介租房，佣金是房东付还是租客付？",
  "obj|租房的时候押金应该谁出？",
  "shv|租房的时候中介费可以两边各出一半吗？",
  "syn|租房时中介费该由谁来付？",
  "par|租房的时候中介费应该谁出呀")
G("legal-tenancy", "没签合同的租房被赶走能要求赔偿吗？",
  "neg|签了合同的租房被赶走能要求赔偿吗？",
  "voc|没签合同租房，房东把我赶走了，能要求赔偿吗？",
  "reph|口头租的房子，房东突然叫我搬，我能让他赔钱吗？",
  "dir|没签合同的租客赖着不走，房东能要求赔偿吗？",
  "typo|没签合同的租房 被赶走 能要求赔偿吗")
# ---------------------------------------------------------------- real-estate (en)
G("real-estate", "Do I have to pay the buyer's agent commission when I sell my house?",
  "dir|Do I have to pay the seller's agent commission when I buy a house?",
  "mod|Am I allowed to pay the buyer's agent commission when I sell my house?",
  "reph|As the seller, am I on the hook for the commission of the agent who brings the buyer?",
  "syn|Must I pay the buyer's agent commission when I sell my home?",
  "scope|Do I have to pay both agents' commissions when I sell my house?")
G("real-estate", "How much is the down payment on a $400,000 house with an FHA loan?",
  "nums|How much is the down payment on a $400k house with an FHA loan?",
  "ent|How much is the down payment on a $400,000 house with a VA loan?",
  "num|How much is the down payment on a $300,000 house with an FHA loan?",
  "reph|With an FHA mortgage, what would I need to put down on a four-hundred-thousand-dollar home?",
  "qw|How long does it take to save the down payment on a $400,000 house with an FHA loan?")
G("real-estate", "Can I back out of a home purchase after the inspection?",
  "dir|Can I back out of a home purchase before the inspection?",
  "pers|Can the seller back out of a home purchase after the inspection?",
  "reph|If the inspection turns up problems, am I able to walk away from buying the house?",
  "syn|Can I withdraw from a home purchase after the inspection?",
  "pol|Could you tell me whether I can back out of a home purchase after the inspection?")
G("real-estate", "Is it better to rent or buy if I'm moving again in three years?",
  "wo|If I'm moving again in three years, is it better to rent or buy?",
  "nums|Is it better to rent or buy if I'm moving again in 3 years?",
  "num|Is it better to rent or buy if I'm moving again in ten years?",
  "reph|I'll probably relocate in about three years; does buying a place make sense or should I keep renting?",
  "neg|Is it better to rent or buy if I'm never moving again?")
G("real-estate", "What closing costs does the buyer pay in Texas?",
  "ent|What closing costs does the buyer pay in California?",
  "dir|What closing costs does the seller pay in Texas?",
  "syn|Which closing costs does the buyer pay in Texas?",
  "reph|Buying a home in Texas: which of the closing fees are on me?",
  "qw|When does the buyer pay closing costs in Texas?")
G("real-estate", "Will my property taxes go up after I renovate my kitchen?",
  "reph|If I redo my kitchen, does my home's tax assessment increase?",
  "obj|Will my insurance premium go up after I renovate my kitchen?",
  "typo|will my property taxes go up after i renovate my kitchen",
  "time|Did my property taxes go up because I renovated my kitchen last year?",
  "syn|Will my property taxes increase after I remodel my kitchen?")
G("real-estate", "Can I refinance my mortgage if my home is worth less than I owe?",
  "op|Can I refinance my mortgage if my home is worth more than I owe?",
  "reph|I'm underwater on my mortgage. Is refinancing still possible?",
  "act|Can I sell my home if it is worth less than I owe?",
  "wo|If my home is worth less than I owe, can I refinance my mortgage?",
  "pol|Hi, can I refinance my mortgage if my home is worth less than I owe?")
G("real-estate", "How long does a home appraisal take?",
  "qw|How much does a home appraisal cost?",
  "syn|How long does a house appraisal take?",
  "reph|From the appraiser's visit to the report, how many days should I expect?",
  "obj|How long does a home inspection take?",
  "typo|How long does a home apprasial take?")
G("real-estate", "Should I sell my house before buying a new one?",
  "dir|Should I buy a new house before selling my old one?",
  "reph|Is it smarter to get my current home sold first and then go shopping for the next one?",
  "obj|Should I sell my car before buying a new one?",
  "wo|Before buying a new house, should I sell my current one?",
  "act|Should I rent out my house before buying a new one?")
G("real-estate", "Does the seller have to disclose a previous flood?",
  "mod|Is the seller allowed to disclose a previous flood?",
  "syn|Is the seller required to disclose a past flood?",
  "reph|If the house flooded years ago, does the owner legally need to tell buyers?",
  "obj|Does the seller have to disclose a previous death in the house?",
  "dir|Does the buyer have to disclose a previous flood to the lender?")
# ---------------------------------------------------------------- real-estate (zh)
G("real-estate", "买二手房契税是买家交还是卖家交？",
  "wo|买二手房契税是卖家交还是买家交？",
  "obj|买二手房个税是买家交还是卖家交？",
  "reph|二手房交易的契税，一般由哪一方承担？",
  "scope|买二手房所有的税都是买家交吗？",
  "ent|买新房契税是买家交还是卖家交？")
G("real-estate", "房产证上加我老婆的名字要交税吗？",
  "dir|房产证上去掉我老婆的名字要交税吗？",
  "pers|房产证上加我妈的名字要交税吗？",
  "reph|想把媳妇名字添到房本上，需要缴税吗？",
  "pol|请问房产证上加我老婆的名字要交税吗？",
  "qw|房产证上加我老婆的名字去哪里办？")
G("real-estate", "期房交房以后多久能拿到房产证？",
  "dir|期房交房之前多久能拿到房产证？",
  "ent|现房交房以后多久能拿到房产证？",
  "syn|期房交房后多长时间能拿到房产证？",
  "reph|买的期房收房了，不动产证大概还要等多久才能办下来？",
  "par|期房交房以后多久能拿到房产证呢")
G("real-estate", "卖房子满五唯一可以免哪些税？",
  "neg|卖房子不满五唯一要交哪些税？",
  "nums|卖房子满5唯一可以免哪些税？",
  "reph|房子持有五年以上而且是家里唯一一套，卖的时候能省掉哪些税？",
  "act|买房子满五唯一可以免哪些税？",
  "qw|卖房子满五唯一是什么意思？")
G("real-estate", "开发商延期交房要赔多少钱？",
  "reph|开发商交房拖了好几个月，按合同应该赔我多少？",
  "qw|开发商延期交房可以去哪里投诉？",
  "voc|房子被开发商延期交付要赔多少钱？",
  "dir|业主延期收房要赔开发商多少钱？",
  "syn|开发商逾期交房要赔多少钱？")
G("real-estate", "买房签了认购书还能退定金吗？",
  "time|买房还没签认购书能退定金吗？",
  "reph|交了定金签了认购协议，现在后悔不想买了，定金能拿回来吗？",
  "dir|买房签了认购书开发商能不卖吗？",
  "par|买房签了认购书，还能退定金不？",
  "obj|买房签了认购书还能退首付吗？")
G("real-estate", "房贷月供超过收入一半能批下来吗？",
  "op|房贷月供低于收入一半能批下来吗？",
  "reph|月供占了工资的五成以上，银行还会给放贷吗？",
  "qual|房贷月供超过收入一半，加上父母做共同还款人能批下来吗？",
  "syn|房贷月供超过收入的一半还能审批通过吗？",
  "nums|房贷月供超过收入50%能批下来吗？")
# ---------------------------------------------------------------- gaming (en)
G("gaming", "Can I transfer my Minecraft world from Xbox to PC?",
  "shv|Can I transfer my Minecraft purchase from Xbox to a PC account?",
  "dir|Can I transfer my Minecraft world from PC to Xbox?",
  "reph|Is there a way to move a Minecraft save off my Xbox and onto my computer?",
  "syn|Can I move my Minecraft world from Xbox to PC?",
  "ent|Can I transfer my Terraria world from Xbox to PC?",
  "act|Can I back up my Minecraft world on Xbox?")
G("gaming", "Does buying the deluxe edition give me early access to the raid?",
  "ent|Does buying the standard edition give me early access to the raid?",
  "reph|If I pay for deluxe, do I get into the raid before everyone else?",
  "wo|Do I get early access to the raid by buying the deluxe edition?",
  "obj|Does buying the deluxe edition give me early access to the season pass?",
  "time|Did buying the deluxe edition give me early access to last season's raid?")
G("gaming", "How do I get a refund on Steam for a game I played for 90 minutes?",
  "scope|How do I get a refund on Steam for a whole bundle when I played one game in it for 90 minutes?",
  "nums|How do I get a refund on Steam for a game I played for an hour and a half?",
  "num|How do I get a refund on Steam for a game I played for 5 hours?",
  "reph|I bought a Steam game, played about 1.5 hours and hated it; how do I ask for my money back?",
  "ent|How do I get a refund on the PlayStation Store for a game I played for 90 minutes?",
  "pol|Could you explain how I get a refund on Steam for a game I played for 90 minutes?")
G("gaming", "Can my son play online on my Switch without his own Nintendo Online subscription?",
  "pers|Can I play online on my son's Switch without my own Nintendo Online subscription?",
  "neg|Can my son play online on my Switch with his own Nintendo Online subscription?",
  "reph|Does my kid need a separate Nintendo Switch Online membership to play online on my console?",
  "typo|can my son play online on my switch without his own nintendo online subscription",
  "ent|Can my son play online on my Xbox without his own Game Pass subscription?")
G("gaming", "What level do I need to be to unlock ranked mode?",
  "syn|What level do I have to reach to unlock ranked mode?",
  "act|What level do I need to be to leave ranked mode?",
  "reph|How high does my account level have to be before ranked becomes available?",
  "obj|What level do I need to be to unlock the second character slot?",
  "pol|Hey, what level do I need to be to unlock ranked mode?")
G("gaming", "Is it safe to download mods from Nexus for Skyrim?",
  "ent|Is it safe to download mods from Nexus for Fallout 4?",
  "reph|Can I trust Skyrim mods from Nexus Mods not to have viruses?",
  "act|Is it safe to upload mods to Nexus for Skyrim?",
  "syn|Is it safe to get mods from Nexus for Skyrim?",
  "qual|Is it safe to download mods from Nexus for Skyrim on a save I care about?")
G("gaming", "Why does my PS5 controller disconnect when I'm more than 5 meters away?",
  "op|Why does my PS5 controller disconnect when I'm less than 5 meters away?",
  "nums|Why does my PS5 controller disconnect when I'm more than five meters away?",
  "reph|My DualSense keeps dropping its connection once I sit across the room, about 5 m; why?",
  "ent|Why does my Xbox controller disconnect when I'm more than 5 meters away?",
  "voc|Why is my PS5 controller disconnected when I'm more than 5 meters away?")
G("gaming", "How long does it take to beat Elden Ring's main story?",
  "qw|How hard is it to beat Elden Ring's main story?",
  "scope|How long does it take to get every achievement in Elden Ring?",
  "syn|How long does it take to finish Elden Ring's main story?",
  "reph|If I only do the main quest in Elden Ring, about how many hours is that?",
  "typo|how long does it take to beat elden rings main story")
G("gaming", "Can I gift an in-game item to a friend on another server?",
  "dir|Can a friend on another server gift an in-game item to me?",
  "qual|Can I gift an in-game item to a friend on the same server?",
  "reph|Is sending items to a buddy who plays on a different server possible?",
  "act|Can I trade an in-game item with a friend on another server?",
  "wo|To a friend on another server, can I gift an in-game item?")
G("gaming", "Do I need PlayStation Plus to play Fortnite online?",
  "mod|Can I use PlayStation Plus to play Fortnite online?",
  "ent|Do I need PlayStation Plus to play Call of Duty online?",
  "reph|Is a PS Plus subscription required for online Fortnite on PS5?",
  "syn|Is PlayStation Plus required to play Fortnite online?",
  "shv|Why can't I play Fortnite online even with PlayStation Plus?")
# ---------------------------------------------------------------- gaming (zh)
G("gaming", "原神的账号可以从安卓转到苹果吗？",
  "dir|原神的账号可以从苹果转到安卓吗？",
  "reph|我原神一直在安卓上玩，换了iPhone以后进度还能用吗？",
  "ent|王者荣耀的账号可以从安卓转到苹果吗？",
  "par|原神的账号可以从安卓转到苹果不",
  "syn|原神账号能从安卓迁移到苹果吗？")
G("gaming", "未成年人周末每天能玩几个小时游戏？",
  "qual|成年人周末每天能玩几个小时游戏？",
  "time|未成年人工作日每天能玩几个小时游戏？",
  "reph|防沉迷规定下，小孩周六周日一天能玩多久？",
  "par|未成年人周末每天能玩几个小时游戏呀",
  "syn|未成年人周末一天可以玩几小时游戏？")
G("gaming", "王者荣耀的皮肤可以送给好友吗？",
  "act|王者荣耀的皮肤可以退款吗？",
  "voc|王者荣耀的皮肤可以被送给好友吗？",
  "reph|我想在王者里给朋友买个皮肤当礼物，能送吗？",
  "obj|王者荣耀的英雄可以送给好友吗？",
  "qual|王者荣耀的皮肤可以送给不是好友的人吗？")
G("gaming", "Steam上买的游戏能在两台电脑上同时玩吗？",
  "nums|Steam上买的游戏能在2台电脑上同时玩吗？",
  "reph|一个Steam账号，家里两台电脑能不能同时开同一个游戏？",
  "shv|Steam上买的游戏能借给朋友在他的电脑上玩吗？",
  "ent|Epic上买的游戏能在两台电脑上同时玩吗？",
  "typo|steam上买的游戏能在两台电脑上同时玩吗")
G("gaming", "抽卡保底是九十抽吗？",
  "nums|抽卡保底是90抽吗？",
  "num|抽卡保底是八十抽吗？",
  "reph|要抽多少次必出五星，是不是九十发？",
  "qw|抽卡保底会不会继承到下一个卡池？",
  "par|抽卡保底是九十抽吧？")
G("gaming", "被封号了怎么申诉？",
  "shv|怎么举报才能让游戏把开挂的人封号？",
  "voc|游戏把我封号了怎么申诉？",
  "reph|我的游戏账号被封了，想申请解封要走什么流程？",
  "pers|朋友被封号了我怎么帮他申诉？",
  "act|被封号了怎么注销账号？",
  "pol|请问被封号了怎么申诉？")
G("gaming", "Switch日版和港版哪个便宜？",
  "wo|Switch港版和日版哪个便宜？",
  "op|Switch日版和港版哪个贵？",
  "reph|买Switch的话，日版机器和港版机器价格差多少，哪个更划算？",
  "ent|PS5日版和港版哪个便宜？")
G("gaming", "游戏充值了没到账怎么办？",
  "neg|游戏充值到账了但是道具没发怎么办？",
  "reph|在游戏里充了钱，钱扣了东西没收到，要怎么处理？",
  "par|游戏充值了没到账，怎么办啊",
  "shv|孩子偷偷给游戏充值了怎么退款？",
  "typo|游戏充值了 没到账 怎么办？？")
G("gaming", "我的世界服务器怎么让朋友加进来？",
  "dir|我的世界怎么加入朋友的服务器？",
  "reph|自己开了个MC服务器，要怎么让朋友连进来一起玩？",
  "act|我的世界服务器怎么把朋友踢出去？",
  "wo|怎么让朋友加进来我的世界服务器？",
  "syn|我的世界服务器怎么邀请朋友加入？")
G("gaming", "游戏里的装备可以拿去卖钱吗？",
  "mod|游戏里的装备必须通过官方平台卖吗？",
  "reph|我打出来的游戏装备，能不能换成人民币？",
  "obj|游戏账号可以拿去卖钱吗？",
  "syn|游戏里的装备能卖钱吗？",
  "par|游戏里的装备可以拿去卖钱不")
# ---------------------------------------------------------------- government (en)
G("government", "Can I work part-time on a student visa in the UK?",
  "ent|Can I work part-time on a student visa in Australia?",
  "reph|As an international student in Britain, am I allowed to have a part-time job?",
  "scope|Can I work full-time on a student visa in the UK?",
  "wo|In the UK, can I work part-time on a student visa?",
  "pers|Can my spouse work part-time on my student visa in the UK?")
G("government", "Do I need a visa to transit through Frankfurt on my way to Toronto?",
  "dir|Do I need a visa to transit through Toronto on my way to Frankfurt?",
  "ent|Do I need a visa to transit through Amsterdam on my way to Toronto?",
  "reph|I have a layover in Frankfurt before flying on to Toronto; will I need a transit visa?",
  "qual|Do I need a visa to transit through Frankfurt on my way to Toronto if I leave the airport?",
  "pol|Could you tell me if I need a visa to transit through Frankfurt on my way to Toronto?")
G("government", "How do I change my address on my driver's license online?",
  "obj|How do I change my name on my driver's license online?",
  "reph|I moved; what's the online way to update the address on my driving licence?",
  "qual|How do I change my address on my driver's license in person?",
  "typo|how do i change my address on my drivers license online?",
  "syn|How do I update my address on my driver's license online?")
G("government", "Can I apply for citizenship after five years as a permanent resident?",
  "nums|Can I apply for citizenship after 5 years as a permanent resident?",
  "num|Can I apply for citizenship after three years as a permanent resident?",
  "reph|I've held a green card for five years now. Am I eligible to apply to naturalize?",
  "qual|Can I apply for citizenship after five years as a conditional permanent resident?",
  "time|Could I have applied for citizenship before five years as a permanent resident?")
G("government", "What documents do I need to register my newborn's birth?",
  "obj|What documents do I need to register my father's death?",
  "syn|What paperwork do I need to register my newborn's birth?",
  "reph|We just had a baby; what do we have to bring to get the birth registered?",
  "qw|Where do I register my newborn's birth?",
  "pol|Please, what documents do I need to register my newborn's birth?")
G("government", "Is my tourist visa still valid if my passport expires?",
  "neg|Is my tourist visa still valid if my passport is renewed before it expires?",
  "reph|My passport with the visa in it is about to run out; does the visa die with it?",
  "obj|Is my work permit still valid if my passport expires?",
  "syn|Does my tourist visa remain valid if my passport expires?",
  "wo|If my passport expires, is my tourist visa still valid?")
G("government", "Do I have to file a tax return if I earned less than $10,000 last year?",
  "mod|Can I file a tax return if I earned less than $10,000 last year?",
  "op|Do I have to file a tax return if I earned more than $10,000 last year?",
  "nums|Do I have to file a tax return if I earned less than $10k last year?",
  "reph|My income last year was under ten grand; am I still required to file taxes?",
  "time|Will I have to file a tax return if I earn less than $10,000 this year?")
G("government", "Can my parents visit me on a tourist visa while I'm on a work visa?",
  "dir|Can I visit my parents on a tourist visa while they're on a work visa?",
  "reph|I'm here on a work visa; is it possible for my mom and dad to come see me as tourists?",
  "act|Can my parents live with me on a tourist visa while I'm on a work visa?",
  "syn|Can my parents come visit me on a tourist visa while I'm on a work visa?",
  "qual|Can my parents visit me on a tourist visa for more than six months while I'm on a work visa?")
# ---------------------------------------------------------------- government (zh)
G("government", "护照办理需要多长时间？",
  "qw|护照办理需要多少钱？",
  "syn|办护照需要多长时间？",
  "reph|申请护照，从提交到拿到手要等几天？",
  "qual|加急办理护照需要多长时间？",
  "pol|请问护照办理需要多长时间？")
G("government", "去日本旅游需要签证吗？",
  "ent|去泰国旅游需要签证吗？",
  "dir|日本人来中国旅游需要签证吗？",
  "reph|中国护照去日本玩，要提前办签证吗？",
  "par|去日本旅游要不要签证啊")
G("government", "社保卡丢了怎么补办？",
  "act|社保卡丢了怎么挂失？",
  "syn|社保卡丢失了怎么补办？",
  "reph|不小心把社保卡弄丢了，想重新办一张，流程是什么？",
  "obj|医保卡丢了怎么补办？",
  "voc|社保卡被我弄丢了怎么补办？")
G("government", "孩子上户口必须父母双方都到场吗？",
  "mod|孩子上户口可以父母双方都到场吗？",
  "reph|给宝宝办落户，爸妈是不是两个人都得去派出所？",
  "pers|孩子上户口必须爷爷奶奶到场吗？",
  "syn|孩子上户口一定要父母双方都到场吗？",
  "neg|孩子上户口父母不到场可以办吗？")
G("government", "从上海迁户口到杭州要什么手续？",
  "dir|从杭州迁户口到上海要什么手续？",
  "wo|户口从上海迁到杭州要什么手续？",
  "reph|我想把上海户口转到杭州落户，需要走哪些流程？",
  "qw|从上海迁户口到杭州要多久？",
  "typo|从上海迁户口到杭州 要什么手续?")
G("government", "居住证办下来以后可以在本地考驾照吗？",
  "time|居住证还没办下来可以在本地考驾照吗？",
  "reph|拿到居住证了，能不能直接在现在住的城市报驾校考证？",
  "obj|居住证办下来以后可以在本地买房吗？",
  "par|居住证办下来以后，可以在本地考驾照了吗？",
  "syn|办好居住证后可以在本地考驾照吗？")
G("government", "个人所得税退税什么时候到账？",
  "qw|个人所得税退税在哪里申请？",
  "syn|个税退税什么时候到账？",
  "reph|年度汇算申请退税以后，钱大概多少天能打到卡上？",
  "act|个人所得税补税什么时候截止？",
  "pol|麻烦问一下，个人所得税退税什么时候到账？")
G("government", "港澳通行证签注一次可以待几天？",
  "nums|港澳通行证签注1次可以待几天？",
  "num|港澳通行证签注两次可以待几天？",
  "reph|办了一次签注去香港，最多能在那边停留多少天？",
  "ent|台湾通行证签注一次可以待几天？",
  "par|港澳通行证签注一次，可以待几天呢")
G("government", "结婚登记需要带户口本吗？",
  "act|离婚登记需要带户口本吗？",
  "syn|办结婚登记要带户口簿吗？",
  "reph|去民政局领结婚证，户口本是不是必须带？",
  "obj|结婚登记需要带照片吗？",
  "par|结婚登记需要带户口本不")
# ---------------------------------------------------------------- fitness (en)
G("fitness", "Should I do cardio before or after lifting weights?",
  "wo|Should I do cardio after or before lifting weights?",
  "reph|Is it better to run first and then lift, or lift first and then run?",
  "obj|Should I stretch before or after lifting weights?",
  "qw|How much cardio should I do after lifting weights?",
  "syn|Should I do cardio before or after weight training?")
G("fitness", "How many grams of protein should I eat per kilogram of body weight to build muscle?",
  "op|How many kilograms of body weight should I have per gram of protein to build muscle?",
  "reph|For muscle gain, what's the daily protein target per kg that I weigh?",
  "qual|How many grams of protein should I eat per kilogram of body weight to lose fat?",
  "syn|How much protein in grams should I eat per kilogram of body weight to build muscle?",
  "pers|How many grams of protein should my 70-year-old mother eat per kilogram of body weight?")
G("fitness", "Is it okay to run every day if I'm a beginner?",
  "neg|Is it okay to take a day off running if I'm a beginner?",
  "reph|I just started running. Can I go out every single day or is that too much?",
  "qual|Is it okay to run every day if I'm training for a marathon?",
  "typo|is it ok to run everyday if im a beginner",
  "syn|Is it fine to run every day if I'm a beginner?")
G("fitness", "Can I cancel my gym membership if I move to another city?",
  "act|Can I freeze my gym membership if I move to another city?",
  "reph|I'm relocating; will the gym let me end my contract early?",
  "pers|Can my wife cancel my gym membership if I move to another city?",
  "wo|If I move to another city, can I cancel my gym membership?",
  "pol|Could you let me know if I can cancel my gym membership if I move to another city?")
G("fitness", "What's a good resting heart rate for a 40-year-old man?",
  "nums|What's a good resting heart rate for a forty-year-old man?",
  "num|What's a good resting heart rate for a 70-year-old man?",
  "qual|What's a good maximum heart rate for a 40-year-old man?",
  "reph|I'm a guy in my early forties; what resting pulse counts as healthy?",
  "syn|What is a healthy resting heart rate for a 40-year-old man?")
G("fitness", "Do I have to warm up before a 5K race?",
  "mod|Is it allowed to warm up on the course before a 5K race?",
  "syn|Do I need to warm up before a 5K race?",
  "reph|Is warming up really necessary before running a 5 km race?",
  "dir|Do I have to cool down after a 5K race?",
  "num|Do I have to warm up before a 100-meter race?")
G("fitness", "Why do my knees hurt after squats but not after lunges?",
  "dir|Why do my knees hurt after lunges but not after squats?",
  "reph|Squats leave my knees sore while lunges don't. What's going on?",
  "obj|Why does my lower back hurt after squats but not after lunges?",
  "typo|why do my knees hurt after squats, but not after lunges?",
  "wo|Why do my knees hurt not after lunges but after squats?")
G("fitness", "How long should I wait after eating before swimming laps?",
  "dir|How long should I wait after swimming laps before eating?",
  "syn|How long should I wait after a meal before swimming laps?",
  "reph|Once I've eaten, how much time should pass before I get in the pool to do laps?",
  "qw|Why should I wait after eating before swimming laps?",
  "pol|I was wondering, how long should I wait after eating before swimming laps?")
G("fitness", "Can I lose weight by only doing yoga three times a week?",
  "nums|Can I lose weight by only doing yoga 3 times a week?",
  "num|Can I lose weight by only doing yoga once a week?",
  "reph|If yoga three days a week is my only exercise, will I actually drop pounds?",
  "op|Can I gain weight by only doing yoga three times a week?",
  "act|Can I build muscle by only doing yoga three times a week?")
# ---------------------------------------------------------------- fitness (zh)
G("fitness", "健身房年卡可以转让给别人吗？",
  "time|健身房年卡快过期了还可以转让给别人吗？",
  "act|健身房年卡可以退吗？",
  "reph|办了健身卡不想练了，能把年卡过户给朋友吗？",
  "par|健身房年卡能不能转让给别人啊",
  "voc|健身房年卡可以被转让给别人吗？")
G("fitness", "减脂期一天吃多少碳水合适？",
  "qual|增肌期一天吃多少碳水合适？",
  "obj|减脂期一天吃多少蛋白质合适？",
  "syn|减脂期间一天吃多少碳水比较合适？",
  "reph|在减肥的时候，每天碳水化合物摄入多少克算合理？",
  "par|减脂期一天吃多少碳水合适呀")
G("fitness", "跑完步马上洗澡可以吗？",
  "dir|洗完澡马上跑步可以吗？",
  "reph|刚跑完步就冲澡，对身体有没有影响？",
  "neg|跑完步不洗澡可以吗？",
  "par|跑完步马上洗澡可以不",
  "syn|跑步后立刻洗澡可以吗？")
G("fitness", "私教课没上完能退剩下的钱吗？",
  "scope|私教课没上完能退全部的钱吗？",
  "reph|买了二十节私教才上了八节，剩下的课时费能退吗？",
  "time|私教课还没开始上能退钱吗？",
  "syn|私教课没上完可以退剩余的钱吗？",
  "pol|请问私教课没上完能退剩下的钱吗？")
G("fitness", "每天做一百个俯卧撑能练出胸肌吗？",
  "nums|每天做100个俯卧撑能练出胸肌吗？",
  "num|每天做二十个俯卧撑能练出胸肌吗？",
  "obj|每天做一百个俯卧撑能练出腹肌吗？",
  "reph|坚持每天一百个俯卧撑，胸肌会练起来吗？",
  "typo|每天做一百个俯卧撑 能练出胸肌吗？")
G("fitness", "空腹跑步比饭后跑步更减脂吗？",
  "wo|饭后跑步比空腹跑步减脂效果差吗？",
  "dir|饭后跑步比空腹跑步更减脂吗？",
  "reph|早上不吃饭去跑步，是不是比吃完饭再跑燃脂更多？",
  "qw|空腹跑步比饭后跑步多减多少脂？",
  "syn|空腹跑步比饭后跑步更燃脂吗？")
G("fitness", "深蹲的时候膝盖可以超过脚尖吗？",
  "neg|深蹲的时候膝盖不超过脚尖有什么好处？",
  "reph|做深蹲时膝盖往前超出脚尖，会不会伤膝盖？",
  "obj|深蹲的时候腰可以弯吗？",
  "mod|深蹲的时候膝盖必须超过脚尖吗？",
  "par|深蹲的时候，膝盖可以超过脚尖不")
G("fitness", "我老公有高血压，能做高强度间歇训练吗？",
  "pers|我有高血压，我老公能陪我做高强度间歇训练吗？",
  "reph|老公血压高，HIIT这种高强度的运动他适合做吗？",
  "neg|我老公没有高血压，能做高强度间歇训练吗？",
  "syn|我老公有高血压，可以做HIIT吗？",
  "ent|我老公有糖尿病，能做高强度间歇训练吗？")
G("fitness", "马拉松前一周每天跑多少公里？",
  "time|马拉松后一周每天跑多少公里？",
  "nums|马拉松前7天每天跑多少公里？",
  "reph|全马比赛前的最后一个星期，每天的跑量应该是多少？",
  "ent|半程马拉松前一周每天跑多少公里？",
  "syn|马拉松赛前一周每天跑几公里？")
G("fitness", "游泳一小时能消耗多少卡路里？",
  "qual|蛙泳一小时能消耗多少卡路里？",
  "nums|游泳1小时能消耗多少卡路里？",
  "num|游泳半小时能消耗多少卡路里？",
  "reph|在泳池游一个钟头，大概烧掉多少大卡？",
  "act|骑车一小时能消耗多少卡路里？")
# ---------------------------------------------------------------- automotive (en)
G("automotive", "Can I put regular gas in a car that recommends premium?",
  "dir|Can I put premium gas in a car that recommends regular?",
  "reph|My car's manual says premium is recommended; is it okay to fill up with 87 instead?",
  "typo|can i put regular gas in a car that reccomends premium",
  "syn|Can I use regular gas in a car that recommends premium?",
  "qual|Can I put regular gas in a car that requires premium?")
G("automotive", "Is it cheaper to lease or buy a new car for three years?",
  "wo|For three years, is it cheaper to buy or lease a new car?",
  "num|Is it cheaper to lease or buy a new car for ten years?",
  "reph|If I only plan to drive a new car for 3 years, does leasing cost less than buying?",
  "ent|Is it cheaper to lease or buy a used car for three years?",
  "nums|Is it cheaper to lease or buy a new car for 3 years?")
G("automotive", "What does it mean when the check engine light is flashing?",
  "qual|What does it mean when the check engine light is on but not flashing?",
  "reph|My engine light is blinking instead of staying solid; what's that telling me?",
  "obj|What does it mean when the oil pressure light is flashing?",
  "syn|What does a flashing check engine light mean?",
  "act|How do I reset the check engine light after it's been flashing?")
G("automotive", "How much should I pay to replace the front brake pads?",
  "scope|How much should I pay to replace all four brake pads and rotors?",
  "obj|How much should I pay to replace the front tires?",
  "reph|What's a fair price at a shop for new front brake pads?",
  "qw|How long does it take to replace the front brake pads?",
  "typo|how much should i pay to replace the front brake pads?")
G("automotive", "Can I sell my car if I still owe money on the loan?",
  "shv|Can I get a loan against my car if I still owe money on it?",
  "reph|There's still a balance on my auto loan. Am I allowed to sell the car anyway?",
  "neg|Can I sell my car once I no longer owe money on the loan?",
  "act|Can I trade in my car if I still owe money on the loan?",
  "syn|Can I sell my vehicle if I still owe money on the loan?",
  "wo|If I still owe money on the loan, can I sell my car?")
G("automotive", "How many miles can I drive on a donut spare tire?",
  "typo|How many miles can I drive on a doughnut spare tire?",
  "qw|How fast can I drive on a donut spare tire?",
  "reph|What's the max distance I should go on one of those temporary spare wheels?",
  "ent|How many miles can I drive on a run-flat tire?",
  "act|How do I put on a donut spare tire?")
G("automotive", "Who pays if my car is hit while parked at a friend's house?",
  "dir|Who pays if my car hits a car parked at a friend's house?",
  "voc|Who pays if someone hits my car while it's parked at a friend's house?",
  "reph|Somebody crashed into my parked car at my buddy's place; whose insurance covers it?",
  "qual|Who pays if my car is hit while parked at a friend's house and the driver drove off?",
  "pol|Can someone tell me who pays if my car is hit while parked at a friend's house?")
G("automotive", "How do I register my car in Florida after moving from Ohio?",
  "dir|How do I register my car in Ohio after moving from Florida?",
  "reph|I just moved to Florida from Ohio; what's the process to get Florida plates and registration for my car?",
  "syn|How do I re-register my car in Florida after relocating from Ohio?",
  "qw|How long do I have to register my car in Florida after moving from Ohio?",
  "obj|How do I get a Florida driver's license after moving from Ohio?")
G("automotive", "Is it bad to let my electric car charge to 100% every night?",
  "nums|Is it bad to let my electric car charge to one hundred percent every night?",
  "num|Is it bad to let my electric car charge to 80% every night?",
  "reph|Will charging my EV all the way full each night hurt the battery?",
  "qual|Is it bad to let my electric car charge to 100% every night with a fast charger?",
  "op|Is it bad to let my electric car drain to 0% every night?")
# ---------------------------------------------------------------- automotive (zh)
G("automotive", "新车多少公里做第一次保养？",
  "num|新车多少公里做第二次保养？",
  "syn|新车多少公里进行首保？",
  "reph|刚提的车，开到几千公里该去做首次保养？",
  "qw|新车第一次保养要花多少钱？",
  "par|新车多少公里做第一次保养呀")
G("automotive", "电动车冬天续航会掉多少？",
  "op|电动车冬天续航会比夏天多多少？",
  "time|电动车夏天续航会掉多少？",
  "reph|冬天开电车，续航里程大概会缩水几成？",
  "qw|电动车冬天续航为什么会掉？",
  "syn|电动车冬天续航会下降多少？",
  "par|电动车冬天续航会掉多少啊")
G("automotive", "车被别人刮了对方跑了怎么办？",
  "dir|我把别人的车刮了怎么办？",
  "voc|别人刮了我的车然后跑了怎么办？",
  "reph|停着的车被刮花了，肇事的人溜了，我该怎么处理？",
  "qual|车被别人刮了对方留了电话怎么办？",
  "pol|想请教一下，车被别人刮了对方跑了怎么办？")
G("automotive", "二手车过户需要原车主到场吗？",
  "mod|二手车过户可以原车主到场吗？",
  "pers|二手车过户需要买家到场吗？",
  "reph|买二手车办过户手续，卖车的人一定要亲自来吗？",
  "syn|二手车过户原车主必须到场吗？")
G("automotive", "汽油车加92号还是95号油？",
  "shv|汽油车加了95号以后还能再加92号吗？",
  "wo|汽油车加95号还是92号油？",
  "reph|我的车到底该加92的还是95的？",
  "ent|柴油车加0号还是负10号油？",
  "qw|汽油车加92号和95号差多少钱？",
  "typo|汽油车加92号还是95号油??")
G("automotive", "车险过期了还能开车上路吗？",
  "time|车险快过期了还能开车上路吗？",
  "reph|交强险到期没续，现在开车出门会被罚吗？",
  "obj|年检过期了还能开车上路吗？",
  "par|车险过期了，还能开车上路不",
  "syn|车险到期了还能开车上路吗？")
G("automotive", "轮胎一般多少年要换一次？",
  "qw|轮胎一般多少钱换一次？",
  "syn|轮胎通常几年需要更换一次？",
  "reph|车胎用到第几年就该换新的了？",
  "obj|电瓶一般多少年要换一次？",
  "nums|轮胎一般多少年要换1次？")
G("automotive", "新能源车的牌照比燃油车好拿吗？",
  "dir|燃油车的牌照比新能源车好拿吗？",
  "wo|燃油车的牌照比新能源车难拿吗？",
  "reph|在限牌城市，申请新能源绿牌是不是比油车牌子容易？",
  "op|新能源车的牌照比燃油车难拿吗？",
  "qw|新能源车的牌照怎么申请？")
G("automotive", "我爸的车我能开去考科目三吗？",
  "pers|我的车我爸能开去考科目三吗？",
  "reph|考科目三能不能用家里的私家车，比如我爸那辆？",
  "ent|我爸的车我能开去考科目二吗？",
  "par|我爸的车，我能开去考科目三不？",
  "obj|我爸的车我能开去练车吗？")
# ---------------------------------------------------------------- pets (en)
G("pets", "Can dogs eat cooked chicken bones?",
  "qual|Can dogs eat raw chicken bones?",
  "syn|Is it safe for dogs to eat cooked chicken bones?",
  "ent|Can cats eat cooked chicken bones?",
  "reph|My dog grabbed some bones from our roast chicken. Are those dangerous for him?",
  "typo|can dogs eat cooked chicken bones??")
G("pets", "How often should I deworm my puppy?",
  "qual|How often should I deworm my adult dog?",
  "syn|How frequently should I deworm my puppy?",
  "reph|What deworming schedule should a young puppy be on?",
  "act|How often should I bathe my puppy?",
  "pol|Could you tell me how often I should deworm my puppy?")
G("pets", "Is it normal for my cat to sleep 16 hours a day?",
  "op|Is it normal for my cat to be awake 16 hours a day?",
  "nums|Is it normal for my cat to sleep sixteen hours a day?",
  "num|Is it normal for my cat to sleep 22 hours a day?",
  "reph|My cat is asleep most of the day, around 16 hours; should I worry?",
  "neg|Is it normal for my cat to not sleep at night?",
  "wo|For my cat, is sleeping 16 hours a day normal?")
G("pets", "Do I need a health certificate to fly with my dog from the US to Canada?",
  "dir|Do I need a health certificate to fly with my dog from Canada to the US?",
  "reph|Flying my dog into Canada from the States: is a vet health certificate required?",
  "ent|Do I need a health certificate to fly with my dog from the US to Mexico?",
  "qw|How long is a health certificate valid for flying with my dog from the US to Canada?",
  "syn|Is a health certificate required to fly with my dog from the US to Canada?")
G("pets", "How much should I feed a 10-pound cat per day?",
  "nums|How much should I feed a ten-pound cat per day?",
  "num|How much should I feed a 15-pound cat per day?",
  "op|How much should I feed a 10-kilogram cat per day?",
  "reph|My cat weighs 10 lb; what's the right amount of food for a day?",
  "qw|How many times a day should I feed a 10-pound cat?")
G("pets", "Why does my dog bark at strangers but not at my neighbors?",
  "dir|Why does my dog bark at my neighbors but not at strangers?",
  "reph|My dog goes crazy barking at people he doesn't know, yet ignores the neighbors. Why?",
  "wo|Why does my dog not bark at my neighbors but bark at strangers?",
  "act|How do I stop my dog from barking at strangers but not at my neighbors?",
  "syn|Why does my dog bark at strangers and not at my neighbours?")
G("pets", "Can I leave my rabbit alone for a weekend?",
  "reph|Will my bunny be okay by itself from Friday to Sunday if I leave food out?",
  "ent|Can I leave my hamster alone for a weekend?",
  "num|Can I leave my rabbit alone for a week?",
  "syn|Is it okay to leave my rabbit alone for a weekend?",
  "shv|Can my neighbor's kid look after my rabbit for a weekend?")
G("pets", "Should I spay my cat before or after her first heat?",
  "wo|Should I spay my cat after or before her first heat?",
  "reph|Is it better to get my female cat fixed before she goes into heat for the first time?",
  "qual|Should I spay my cat while she's in heat?",
  "qw|How much does it cost to spay my cat before her first heat?",
  "ent|Should I spay my dog before or after her first heat?")
G("pets", "Is it illegal to walk my dog without a leash in the park?",
  "neg|Is it illegal to walk my dog on a leash in the park?",
  "reph|Could I get fined for letting my dog off-leash in a public park?",
  "qual|Is it illegal to walk my dog without a leash in the dog park?",
  "syn|Is it against the law to walk my dog without a leash in the park?",
  "pol|Hi there, is it illegal to walk my dog without a leash in the park?")
G("pets", "My vet charged me for a test I declined; can I get a refund?",
  "reph|I said no to a test at the vet but still got billed for it. Can I get that money back?",
  "neg|My vet charged me for a test I agreed to; can I get a refund?",
  "time|My vet charged me two years ago for a test I declined; can I still get a refund?",
  "voc|I was charged by my vet for a test I declined; can I get a refund?",
  "typo|my vet charged me for a test i declined, can i get a refund")
# ---------------------------------------------------------------- pets (zh)
G("pets", "狗狗可以吃葡萄吗？",
  "ent|猫咪可以吃葡萄吗？",
  "obj|狗狗可以吃香蕉吗？",
  "par|狗狗能不能吃葡萄呀",
  "reph|我家狗偷吃了几颗葡萄，会中毒吗？",
  "syn|狗能吃葡萄吗？")
G("pets", "猫咪几个月打第一针疫苗？",
  "num|猫咪几个月打第二针疫苗？",
  "qw|猫咪第一针疫苗多少钱？",
  "syn|小猫几个月打第一针疫苗？",
  "reph|刚抱回来的小猫，多大的时候开始打首针？",
  "act|猫咪几个月做绝育？")
G("pets", "带猫坐高铁需要办什么手续？",
  "ent|带猫坐飞机需要办什么手续？",
  "reph|我想带着猫乘高铁回老家，要准备哪些证明？",
  "mod|带猫坐高铁可以吗？",
  "par|带猫坐高铁需要办什么手续呢",
  "pol|麻烦问一下，带猫坐高铁需要办什么手续？")
G("pets", "狗被别人家的狗咬了，医药费谁出？",
  "dir|我家的狗咬了别人家的狗，医药费谁出？",
  "voc|别人家的狗咬了我家的狗，医药费谁出？",
  "reph|我的狗让邻居家的狗给咬伤了，看病的钱应该谁负责？",
  "obj|狗被别人家的狗咬了，怎么消毒？",
  "syn|狗被别人家的狗咬伤了，医药费由谁出？")
G("pets", "猫一天要喂几次？",
  "qual|三个月大的小猫一天要喂几次？",
  "syn|猫每天要喂几次？",
  "qw|猫一天要喂多少克？",
  "par|猫一天要喂几次啊",
  "typo|猫 一天要喂几次?")
G("pets", "养狗需要去哪里办狗证？",
  "qw|养狗办狗证需要多少钱？",
  "syn|养狗要到哪里办理犬证？",
  "reph|家里新养了狗，狗证去哪个部门登记？",
  "act|养狗需要去哪里注销狗证？",
  "qual|养大型犬需要去哪里办狗证？")
G("pets", "狗狗绝育后多久可以洗澡？",
  "dir|狗狗洗澡后多久可以绝育？",
  "syn|狗狗绝育后多长时间可以洗澡？",
  "reph|狗做完绝育手术，要隔多少天才能给它洗澡？",
  "par|狗狗绝育后多久可以洗澡呀")
G("pets", "租房可以养猫吗？",
  "reph|房东没说不让养，我在租的房子里养猫行吗？",
  "ent|租房可以养狗吗？",
  "neg|租房不让养猫怎么办？",
  "par|租房可以养猫不",
  "qual|合租房可以养猫吗？")
G("pets", "仓鼠可以和兔子养在一起吗？",
  "wo|兔子可以和仓鼠养在一起吗？",
  "ent|仓鼠可以和豚鼠养在一起吗？",
  "num|两只仓鼠可以养在一起吗？",
  "reph|我想把仓鼠跟兔子放同一个笼子，可以吗？",
  "syn|仓鼠能和兔子一起养吗？")
G("pets", "我妈的猫掉毛特别多，怎么办？",
  "pers|我的猫掉毛特别多，我妈过敏怎么办？",
  "reph|我妈养的猫掉毛很严重，有什么办法？",
  "obj|我妈的狗掉毛特别多，怎么办？",
  "neg|我妈的猫一点都不掉毛，正常吗？",
  "syn|我妈的猫掉毛很多，该怎么办？")
# ---------------------------------------------------------------- parenting (en)
G("parenting", "At what age can my child sit in the front seat?",
  "syn|How old does my child need to be to sit in the front seat?",
  "reph|When is it legal and safe for a kid to ride up front in the car?",
  "obj|At what age can my child stop using a booster seat?",
  "qw|Why can't my child sit in the front seat?",
  "pol|Could you tell me at what age my child can sit in the front seat?")
G("parenting", "How much screen time is okay for a 3-year-old?",
  "nums|How much screen time is okay for a three-year-old?",
  "num|How much screen time is okay for a 13-year-old?",
  "reph|My toddler is three. How many minutes of TV or tablet a day is reasonable?",
  "qual|How much screen time is okay for a 3-year-old on weekends?",
  "typo|how much screentime is ok for a 3 year old")
G("parenting", "Can I claim my son as a dependent if he lives with his mother?",
  "dir|Can his mother claim my son as a dependent if he lives with me?",
  "reph|My son stays with his mom most of the year; am I still allowed to list him as my dependent on taxes?",
  "pers|Can my mother claim my son as a dependent if he lives with her?",
  "wo|If my son lives with his mother, can I claim him as a dependent?",
  "syn|Can I list my son as a dependent if he lives with his mother?")
G("parenting", "When should I stop swaddling my baby?",
  "act|When should I start swaddling my baby?",
  "syn|When should I quit swaddling my baby?",
  "reph|At what point is my infant too old to be wrapped up in a swaddle at night?",
  "qw|How should I stop swaddling my baby?",
  "obj|When should I stop using a pacifier for my baby?")
G("parenting", "Is it okay to give my toddler whole milk instead of formula?",
  "dir|Is it okay to give my toddler formula instead of whole milk?",
  "reph|My one-year-old is done with formula; can I switch him to regular whole milk?",
  "qual|Is it okay to give my newborn whole milk instead of formula?",
  "wo|Instead of formula, is it okay to give my toddler whole milk?",
  "pol|Hi, is it okay to give my toddler whole milk instead of formula?")
G("parenting", "Does my daughter need a passport to travel with her grandparents?",
  "shv|Do her grandparents need a consent letter to travel with my daughter?",
  "reph|If my kid goes on a trip with Grandma and Grandpa, does she have to have her own passport?",
  "syn|Is a passport required for my daughter to travel with her grandparents?",
  "obj|Does my daughter need a visa to travel with her grandparents?")
G("parenting", "How do I get my 8-year-old to do homework without a fight?",
  "nums|How do I get my eight-year-old to do homework without a fight?",
  "reph|Every evening homework turns into a battle with my 8 year old. How do I make it easier?",
  "num|How do I get my 15-year-old to do homework without a fight?",
  "obj|How do I get my 8-year-old to do chores without a fight?",
  "syn|How can I get my 8-year-old to do homework without an argument?")
G("parenting", "Can I take my kids out of state without my ex's permission?",
  "dir|Can my ex take my kids out of state without my permission?",
  "neg|Can I take my kids out of state with my ex's permission?",
  "reph|Is it legal for me to bring the children to another state if my ex-spouse hasn't agreed?",
  "qual|Can I take my kids out of the country without my ex's permission?",
  "typo|Can I take my kids out-of-state without my exs permission?")
G("parenting", "What vaccines does my baby get at the 2-month checkup?",
  "nums|What vaccines does my baby get at the two-month checkup?",
  "num|What vaccines does my baby get at the 12-month checkup?",
  "reph|Which shots are given at the two month well-baby visit?",
  "qw|How much do the vaccines at the 2-month checkup cost?",
  "voc|What vaccines are given to my baby at the 2-month checkup?")
G("parenting", "Must I pay child support if I have joint custody?",
  "mod|Can I ask for child support if I have joint custody?",
  "syn|Do I have to pay child support if I have joint custody?",
  "reph|We share custody 50/50. Am I still obligated to send child support?",
  "qual|Must I pay child support if I have full custody?",
  "time|Must I keep paying child support after my kid turns 18?")
# ---------------------------------------------------------------- parenting (zh)
G("parenting", "孩子发烧三十八度五要吃退烧药吗？",
  "op|孩子发烧低于三十八度五要吃退烧药吗？",
  "nums|孩子发烧38.5度要吃退烧药吗？",
  "num|孩子发烧三十七度五要吃退烧药吗？",
  "reph|小孩体温到了38度5，需要给他吃退烧药了吗？",
  "neg|孩子发烧三十八度五不吃退烧药会怎样？",
  "par|孩子发烧三十八度五了，要不要吃退烧药啊")
G("parenting", "育儿假是爸爸妈妈都能休吗？",
  "shv|育儿假可以分开几次休吗？",
  "pers|育儿假爷爷奶奶能休吗？",
  "syn|育儿假爸爸妈妈都可以休吗？",
  "reph|父母双方是不是各自都有育儿假？",
  "qw|育儿假一年能休几天？",
  "pol|请问育儿假是爸爸妈妈都能休吗？")
G("parenting", "孩子上小学必须有本地户口吗？",
  "neg|孩子上小学不需要本地户口的学校有哪些？",
  "reph|没有本地户籍，小孩能在这边读公立小学吗？",
  "qual|孩子上公立小学必须有本地户口吗？",
  "syn|孩子读小学一定要本地户口吗？",
  "ent|孩子上初中必须有本地户口吗？")
G("parenting", "两岁的宝宝一天睡几个小时正常？",
  "nums|2岁的宝宝一天睡几个小时正常？",
  "num|四岁的宝宝一天睡几个小时正常？",
  "reph|宝宝两周岁了，每天总共睡多久算正常？",
  "scope|两岁的宝宝白天睡几个小时正常？",
  "typo|两岁的宝宝 一天睡几个小时正常")
G("parenting", "奶奶带孩子，每个月该给她多少钱？",
  "dir|奶奶带孩子，每个月她该给我们多少钱？",
  "obj|保姆带孩子，每个月该给她多少钱？",
  "reph|让婆婆帮忙带娃，每月给她多少生活费合适？",
  "wo|每个月该给奶奶多少钱，她带孩子的话？",
  "par|奶奶带孩子，每个月该给她多少钱呢")
G("parenting", "孩子被同学打了，家长应该怎么处理？",
  "dir|孩子打了同学，家长应该怎么处理？",
  "voc|同学打了孩子，家长应该怎么处理？",
  "reph|我家小孩在学校挨了同学的打，作为家长我该怎么做？",
  "qual|孩子被同学打了，还受了伤，家长应该怎么处理？",
  "syn|孩子被同学打了，父母应该怎么处理？")
G("parenting", "给孩子办身份证需要本人到场吗？",
  "qw|给孩子办身份证需要带什么？",
  "reph|小孩办身份证，孩子自己是不是一定要去派出所？",
  "pers|给孩子办身份证需要父母都到场吗？",
  "act|给孩子办护照需要本人到场吗？",
  "par|给孩子办身份证，需要本人到场不")
G("parenting", "孩子第一次坐飞机需要买票吗？",
  "qual|孩子第一次单独坐飞机需要买票吗？",
  "reph|带小孩头一回坐飞机，他要不要单独买机票？",
  "pol|想请教一下，孩子第一次坐飞机需要买票吗？",
  "obj|孩子第一次坐飞机需要带户口本吗？",
  "syn|孩子第一次坐飞机要不要买票？")
G("parenting", "二胎的产假比一胎长吗？",
  "dir|一胎的产假比二胎长吗？",
  "wo|一胎的产假比二胎短吗？",
  "reph|生第二个孩子，产假会不会比第一胎多几天？",
  "op|二胎的产假比一胎短吗？",
  "qw|二胎的产假有多长？")
# ---------------------------------------------------------------- university (en)
G("university", "Can I transfer credits from my community college to a state university?",
  "dir|Can I transfer credits from a state university to my community college?",
  "reph|Will the classes I took at community college count toward my degree at the state school?",
  "syn|Can I move my credits from my community college to a state university?",
  "scope|Can I transfer all my credits from my community college to a state university?",
  "wo|From my community college to a state university, can I transfer credits?")
G("university", "Do international students have to buy the university health insurance?",
  "shv|Does the university health insurance have to cover international students' families?",
  "qual|Do domestic students have to buy the university health insurance?",
  "mod|Can international students buy the university health insurance?",
  "syn|Are international students required to buy the university health insurance?",
  "reph|As a student from abroad, am I forced to purchase the school's health plan?",
  "act|Can international students waive the university health insurance?")
G("university", "How many credits do I need to graduate with a bachelor's in biology?",
  "ent|How many credits do I need to graduate with a bachelor's in chemistry?",
  "scope|How many upper-division credits do I need to graduate with a bachelor's in biology?",
  "syn|How many credit hours are required to graduate with a bachelor's in biology?",
  "reph|What's the total number of credits for a biology BS degree?",
  "qw|How long does it take to graduate with a bachelor's in biology?")
G("university", "Can my parents see my grades if I'm over 18?",
  "dir|Can I see my parents' grades if they're over 18?",
  "reph|I'm an adult student now; can my mom and dad look at my grades?",
  "num|Can my parents see my grades if I'm under 18?",
  "syn|Can my parents view my grades if I'm over 18?",
  "obj|Can my parents see my financial aid records if I'm over 18?")
G("university", "When is tuition due for the spring semester?",
  "time|When was tuition due for the fall semester?",
  "qw|How much is tuition for the spring semester?",
  "syn|When is the tuition payment due for the spring semester?",
  "reph|What's the last day to pay my spring term tuition?",
  "obj|When is housing payment due for the spring semester?")
G("university", "How do I appeal a failing grade in a required course?",
  "act|How do I retake a failing grade in a required course?",
  "reph|I failed a mandatory class and think the grade is unfair; what's the process to challenge it?",
  "qual|How do I appeal a failing grade in an elective course?",
  "syn|How do I contest a failing grade in a required course?",
  "pol|Hello, how do I appeal a failing grade in a required course?")
G("university", "Is the library open 24 hours during finals week?",
  "nums|Is the library open twenty-four hours during finals week?",
  "time|Is the library open 24 hours during spring break?",
  "reph|During final exams, does the library stay open around the clock?",
  "ent|Is the gym open 24 hours during finals week?",
  "typo|is the library open 24hrs during finals week?")
G("university", "Can I get a tuition refund if I withdraw in the second week?",
  "nums|Can I get a tuition refund if I withdraw in the 2nd week?",
  "num|Can I get a tuition refund if I withdraw in the sixth week?",
  "scope|Can I get a full tuition refund if I withdraw in the second week?",
  "reph|If I leave school during week two, will I get any of my tuition back?",
  "voc|Will my tuition be refunded if I withdraw in the second week?")
G("university", "Does my scholarship cover summer courses?",
  "pers|Does my roommate's scholarship cover my summer courses?",
  "obj|Does my scholarship cover study abroad courses?",
  "syn|Does my scholarship pay for summer courses?",
  "reph|Will the scholarship I have pay for classes I take over the summer?",
  "time|Did my scholarship cover the courses I took last summer?")
# ---------------------------------------------------------------- university (zh)
G("university", "研究生可以申请延期毕业吗？",
  "act|研究生可以申请提前毕业吗？",
  "syn|研究生能申请延期毕业吗？",
  "reph|读研的时候论文没写完，能不能多读一年再毕业？",
  "qual|本科生可以申请延期毕业吗？",
  "par|研究生可不可以申请延期毕业啊")
G("university", "转专业需要绩点多少？",
  "qw|转专业需要什么时候申请？",
  "syn|转专业要求绩点多少？",
  "reph|想换专业，GPA得达到多少才有资格？",
  "qual|大二转专业需要绩点多少？",
  "pol|请问转专业需要绩点多少？")
G("university", "挂科了可以补考几次？",
  "syn|挂科了可以补考几回？",
  "act|挂科了可以重修几次？",
  "reph|一门课没过，最多能参加几次补考？",
  "par|挂科了可以补考几次啊")
G("university", "助学贷款毕业以后多久开始还？",
  "time|助学贷款在校期间要还利息吗？",
  "syn|助学贷款毕业后多久开始还款？",
  "reph|生源地贷款，毕业后过多长时间要开始还本金？",
  "qw|助学贷款毕业以后每个月还多少？",
  "typo|助学贷款 毕业以后多久开始还")
G("university", "留学生可以在校外打工吗？",
  "qual|留学生可以在校内打工吗？",
  "reph|外国学生在中国读书，能不能去校外兼职？",
  "syn|留学生能在校外兼职吗？",
  "mod|留学生必须在校外打工吗？",
  "pers|留学生的家属可以在校外打工吗？")
G("university", "学校宿舍可以申请单人间吗？",
  "syn|学校宿舍能申请单人间吗？",
  "reph|想住一个人的寝室，学校那边可以申请吗？",
  "obj|学校宿舍可以申请调换吗？",
  "qw|学校宿舍单人间多少钱一年？",
  "par|学校宿舍可以申请单人间不")
G("university", "奖学金和助学金可以同时拿吗？",
  "wo|助学金和奖学金可以同时拿吗？",
  "reph|拿了奖学金，还能再申请助学金吗？",
  "num|两个奖学金可以同时拿吗？",
  "qw|奖学金和助学金有什么区别？",
  "pol|想问一下，奖学金和助学金可以同时拿吗？")
G("university", "本科毕业证丢了能补办吗？",
  "obj|本科学位证丢了能补办吗？",
  "reph|大学毕业证书找不到了，学校能重新发一张吗？",
  "qw|本科毕业证丢了去哪里补办？",
  "voc|本科毕业证被我弄丢了能补办吗？",
  "syn|本科毕业证遗失了能补办吗？")
G("university", "研究生导师可以中途换吗？",
  "dir|导师可以中途换掉研究生吗？",
  "syn|研究生导师能中途更换吗？",
  "reph|读研读到一半跟导师合不来，能不能换个导师？",
  "qual|博士生导师可以中途换吗？",
  "time|研究生导师可以入学前换吗？")
G("university", "四六级成绩多久能出来？",
  "syn|四六级成绩多长时间出来？",
  "reph|考完英语四六级，大概要等多久出分？",
  "nums|4、6级成绩多久能出来？",
  "obj|四六级证书多久能出来？")
# ---------------------------------------------------------------- cloud-devops (en)
G("cloud-devops", "How do I copy files from an S3 bucket to my EC2 instance?",
  "shv|How do I copy my EC2 instance into an S3 bucket as a backup?",
  "dir|How do I copy files from my EC2 instance to an S3 bucket?",
  "reph|What's the command to pull objects out of S3 onto my EC2 box?",
  "act|How do I sync files from an S3 bucket to my EC2 instance and delete the extras?",
  "syn|How do I download files from an S3 bucket to my EC2 instance?",
  "typo|how do i copy files from an s3 bucket to my ec2 instance")
G("cloud-devops", "How do I roll back a Kubernetes deployment to the previous version?",
  "act|How do I pause a Kubernetes deployment at the previous version?",
  "reph|The new release is broken; how do I revert my k8s deployment to the last revision?",
  "num|How do I roll back a Kubernetes deployment to the version from three releases ago?",
  "syn|How do I revert a Kubernetes deployment to the previous version?",
  "wo|To the previous version, how do I roll back a Kubernetes deployment?")
G("cloud-devops", "Is data transfer into AWS free but transfer out charged?",
  "dir|Is data transfer out of AWS free but transfer in charged?",
  "reph|Does AWS charge for ingress, or only for egress traffic?",
  "ent|Is data transfer into Azure free but transfer out charged?",
  "wo|Is data transfer out of AWS charged but transfer into AWS free?",
  "qw|How much does AWS charge per GB for data transfer out?")
G("cloud-devops", "How do I give a teammate read-only access to one GCP project?",
  "scope|How do I give a teammate read-only access to all our GCP projects?",
  "qual|How do I give a teammate read-write access to one GCP project?",
  "reph|I want my coworker to view but not change anything in a single Google Cloud project. How?",
  "act|How do I revoke a teammate's read-only access to one GCP project?",
  "syn|How do I grant a teammate read-only access to one GCP project?")
G("cloud-devops", "Does GitHub Actions charge for minutes on public repositories?",
  "qual|Does GitHub Actions charge for minutes on private repositories?",
  "reph|If my repo is public, do I pay anything for the GitHub Actions runner time?",
  "ent|Does GitLab CI charge for minutes on public repositories?",
  "typo|Does Github actions charge for minutes on public repos?",
  "syn|Does GitHub Actions bill for minutes on public repositories?")
G("cloud-devops", "How do I increase the memory limit of a Lambda function to 2 GB?",
  "nums|How do I increase the memory limit of a Lambda function to 2048 MB?",
  "num|How do I increase the memory limit of a Lambda function to 20 GB?",
  "obj|How do I increase the timeout of a Lambda function to 2 minutes?",
  "reph|My Lambda needs more RAM; how do I bump it up to two gigabytes?",
  "pol|Could you show me how to increase the memory limit of a Lambda function to 2 GB?")
G("cloud-devops", "Should I run database migrations before or after deploying the new app version?",
  "wo|Should I run database migrations after or before deploying the new app version?",
  "reph|When shipping a release, do the schema migrations go first or does the new code go out first?",
  "act|Should I back up the database before or after deploying the new app version?",
  "qw|How do I run database migrations when deploying the new app version?",
  "syn|Should I apply database migrations before or after deploying the new app version?")
G("cloud-devops", "Can a private subnet reach the internet without a NAT gateway?",
  "neg|Can a private subnet reach the internet with a NAT gateway?",
  "dir|Can the internet reach a private subnet without a NAT gateway?",
  "reph|My instances are in a private subnet with no NAT; is there any way they can get out to the internet?",
  "ent|Can a public subnet reach the internet without a NAT gateway?",
  "wo|Without a NAT gateway, can a private subnet reach the internet?")
# ---------------------------------------------------------------- cloud-devops (zh)
G("cloud-devops", "阿里云的服务器怎么迁移到腾讯云？",
  "dir|腾讯云的服务器怎么迁移到阿里云？",
  "reph|想把ECS上的网站整个搬到腾讯云，有什么迁移方法？",
  "wo|怎么把阿里云的服务器迁移到腾讯云？",
  "ent|阿里云的服务器怎么迁移到华为云？",
  "qw|阿里云的服务器迁移到腾讯云要多久？")
G("cloud-devops", "Nginx怎么把HTTP强制跳转到HTTPS？",
  "dir|Nginx怎么把HTTPS强制跳转到HTTP？",
  "typo|nginx怎么把http强制跳转到https？",
  "reph|网站配了证书，想让所有http访问自动转到https，nginx怎么写？",
  "ent|Apache怎么把HTTP强制跳转到HTTPS？",
  "syn|Nginx如何把HTTP强制重定向到HTTPS？")
G("cloud-devops", "Docker镜像太大了怎么减小？",
  "reph|我的docker image有两个多G，有什么办法把体积压下来？",
  "obj|Docker容器日志太大了怎么减小？",
  "par|Docker镜像太大了，怎么减小呢",
  "qw|Docker镜像太大了会有什么影响？",
  "syn|Docker镜像太大怎么瘦身？")
G("cloud-devops", "K8s的Pod一直处于Pending状态是什么原因？",
  "shv|K8s的Pod处于Pending状态多久会被自动删除？",
  "ent|K8s的Pod一直处于CrashLoopBackOff状态是什么原因？",
  "reph|kubectl get pods看到pod一直pending调度不上，可能是哪些问题？",
  "typo|k8s的pod一直处于pending状态是什么原因",
  "act|K8s的Pod一直处于Pending状态怎么强制删除？",
  "par|K8s的Pod一直处于Pending状态，是什么原因啊")
G("cloud-devops", "云服务器的带宽从5M升到10M要加多少钱？",
  "dir|云服务器的带宽从10M降到5M能退多少钱？",
  "nums|云服务器的带宽从五M升到十M要加多少钱？",
  "num|云服务器的带宽从5M升到20M要加多少钱？",
  "reph|服务器带宽现在5兆，想升到10兆，每月多付多少？",
  "qw|云服务器的带宽从5M升到10M要多久生效？")
G("cloud-devops", "Git怎么撤销最后一次commit但保留修改？",
  "neg|Git怎么撤销最后一次commit并且不保留修改？",
  "reph|刚commit完发现有问题，想撤回这次提交但改动别丢，怎么弄？",
  "num|Git怎么撤销最近三次commit但保留修改？",
  "syn|Git如何撤回最后一次commit但保留修改？")
G("cloud-devops", "MySQL主库的数据怎么同步到从库？",
  "dir|MySQL从库的数据怎么同步到主库？",
  "reph|MySQL主从复制要怎么配置，让主库数据自动同步到从库？",
  "syn|MySQL主库的数据如何同步到从库？",
  "qw|MySQL主库的数据同步到从库有延迟怎么办？",
  "pol|麻烦问一下，MySQL主库的数据怎么同步到从库？")
G("cloud-devops", "CI流水线里必须用root用户跑Docker吗？",
  "mod|CI流水线里可以用root用户跑Docker吗？",
  "syn|CI流水线里一定要用root用户跑Docker吗？",
  "reph|在CI里运行docker，是不是非得给root权限？",
  "ent|CI流水线里必须用root用户跑Podman吗？",
  "par|CI流水线里是不是必须用root用户跑Docker啊")
G("cloud-devops", "所有服务器的SSH端口都改成2222安全吗？",
  "qual|所有服务器的SSH端口都改成2222，再关掉密码登录，安全吗？",
  "nums|所有服务器的SSH端口都改成两千二百二十二安全吗？",
  "reph|把全部机器的ssh默认22端口换成2222，能提高安全性吗？",
  "qw|所有服务器的SSH端口怎么改成2222？",
  "wo|SSH端口都改成2222，所有服务器这样安全吗？")
G("cloud-devops", "上个月的云账单为什么比平时多了一倍？",
  "time|下个月的云账单会不会比平时多一倍？",
  "reph|上月云服务费用突然翻倍了，怎么查是哪里多扣的钱？",
  "num|上个月的云账单为什么比平时多了三倍？",
  "par|上个月的云账单为什么比平时多了一倍啊",
  "syn|上月的云账单为什么比平常多了一倍？")
# ---------------------------------------------------------------- mixed domains, weighted to scope / modality / operator / person / shared vocabulary
G("insurance", "How do I remove one car from my auto policy?",
  "scope|How do I cancel my entire auto policy?",
  "shv|Does removing one car from my auto policy lower my premium?",
  "mod|Do I have to remove a car I sold from my auto policy?",
  "pers|How do I get myself removed from my parents' auto policy?",
  "typo|how do i remove one car from my auto policy?",
  "pol|Could you tell me how I remove one car from my auto policy?")
G("telecom", "Can I cancel all the lines on my account at once?",
  "scope|Can I cancel one of the lines on my account and keep the rest?",
  "act|Can I move all the lines on my account to another account at once?",
  "mod|Do I have to cancel all the lines on my account at once?",
  "pers|Can my husband cancel all the lines on my account at once?",
  "voc|Can all the lines on my account be cancelled by me at once?",
  "typo|can I cancel ALL the lines on my account at once?")
G("hr-payroll", "Am I required to take my lunch break if I work an 8-hour shift?",
  "mod|Am I allowed to take my lunch break if I work an 8-hour shift?",
  "op|Am I required to take my lunch break if I work less than an 8-hour shift?",
  "shv|Is my employer required to pay me for my lunch break if I work an 8-hour shift?",
  "scope|Am I required to take all my breaks at once if I work an 8-hour shift?",
  "nums|Am I required to take my lunch break if I work an eight-hour shift?",
  "wo|If I work an 8-hour shift, am I required to take my lunch break?")
G("cooking", "Is it safe to eat chicken that was left out for more than 2 hours?",
  "op|Is it safe to eat chicken that was left out for less than 2 hours?",
  "shv|Is it safe to leave cooked chicken out for 2 hours to cool before putting it in the fridge?",
  "mod|Am I allowed to serve chicken that was left out for more than 2 hours at my restaurant?",
  "nums|Is it safe to eat chicken that was left out for more than two hours?",
  "voc|Is chicken that someone left out for more than 2 hours safe to eat?")
G("legal-tenancy", "Do I have to let my landlord show the apartment to buyers?",
  "mod|Is my landlord allowed to show the apartment to buyers when I'm not home?",
  "dir|Does my landlord have to let me show the apartment to new renters?",
  "qual|Do I have to let my landlord show the apartment to buyers on weekends?",
  "syn|Am I required to let my landlord show the apartment to buyers?",
  "reph|The owner is selling and wants to bring buyers through my rental. Must I allow that?",
  "typo|do i have to let my landlord show the apartment to buyers")
G("real-estate", "Is the price per square foot higher for condos than for houses here?",
  "dir|Is the price per square foot higher for houses than for condos here?",
  "op|Is the price per square foot lower for condos than for houses here?",
  "shv|Are condos here higher than houses?",
  "scope|Is the price per square foot higher for condos than for houses in the whole state?",
  "wo|Is the price per square foot lower for houses than for condos here?",
  "typo|is the price per sq ft higher for condos than for houses here?")
G("gaming", "Does deleting the game also delete all my save files?",
  "scope|Does deleting one save file also delete all my other save files?",
  "mod|Do I have to delete the game to delete all my save files?",
  "shv|Does deleting all my save files also delete the game?",
  "pers|Does deleting the game from my account also delete it from my brother's account?",
  "voc|Are all my save files deleted too when I delete the game?",
  "syn|Does uninstalling the game also delete all my save files?")
G("government", "Do I have to carry my residence permit at all times?",
  "mod|Am I allowed to carry a copy of my residence permit instead of the card?",
  "pers|Does my child have to carry her residence permit at all times?",
  "time|Did I have to carry my residence permit at all times before it was digital?",
  "syn|Am I required to carry my residence permit at all times?",
  "pol|Excuse me, do I have to carry my residence permit at all times?")
G("fitness", "Is lifting heavier weights with fewer reps better for strength?",
  "op|Is lifting lighter weights with more reps better for strength?",
  "shv|Are fewer reps with heavier weights better for muscle size than for strength?",
  "mod|Do I need to lift heavier weights with fewer reps to gain any strength at all?",
  "syn|Is lifting heavier weights for fewer reps better for building strength?",
  "wo|For strength, is lifting heavier weights with fewer reps better?")
G("automotive", "Is it more expensive to fix a dent than to replace the whole door?",
  "dir|Is it more expensive to replace the whole door than to fix a dent?",
  "op|Is it cheaper to fix a dent than to replace the whole door?",
  "obj|Is it more expensive to fix a dent than to replace the door panel?",
  "shv|Is a dent in the whole door more expensive to fix?",
  "wo|Is it cheaper to replace the whole door than to fix a dent?",
  "typo|is it more expensive to fix a dent then to replace the whole door?")
G("pets", "Do all dogs in this city have to be microchipped?",
  "mod|Can all dogs in this city be microchipped for free?",
  "ent|Do all cats in this city have to be microchipped?",
  "qual|Do farm dogs outside the city limits have to be microchipped?",
  "syn|Must all dogs in this city be microchipped?",
  "voc|Does the city require every dog here to be microchipped?")
G("university", "Can I take more than 18 credits in one semester?",
  "op|Can I take fewer than 18 credits in one semester?",
  "mod|Must I take more than 18 credits in one semester?",
  "qual|Can a part-time student take more than 18 credits in one semester?",
  "ent|Can I take more than 18 credits in one summer session?",
  "nums|Can I take more than eighteen credits in one semester?",
  "pol|Hi, could you tell me if I can take more than 18 credits in one semester?")
G("insurance", "全家人的医保都可以用我的账户付吗？",
  "mod|全家人的医保必须用我的账户付吗？",
  "dir|我的医保可以用全家人的账户付吗？",
  "ent|全家人的商业保险都可以用我的医保账户付吗？",
  "par|全家人的医保都可以用我的账户付吧？",
  "voc|全家人的医保都可以从我的账户里扣吗？")
G("telecom", "套餐里的流量可以全部转给副卡吗？",
  "dir|副卡的流量可以全部转给主卡吗？",
  "mod|套餐里的流量必须全部转给副卡吗？",
  "pers|我老婆套餐里的流量可以全部转给我的副卡吗？",
  "par|套餐里的流量可以全部转给副卡不？",
  "typo|套餐里的流量 可以全部转给副卡吗?")
G("hr-payroll", "公司必须给员工交住房公积金吗？",
  "mod|公司可以给员工交住房公积金吗？",
  "op|公司给员工交住房公积金的比例能低于百分之五吗？",
  "pers|个体户必须给自己交住房公积金吗？",
  "scope|公司必须给所有员工都交一样比例的住房公积金吗？",
  "syn|单位一定要给员工缴住房公积金吗？",
  "pol|请问公司必须给员工交住房公积金吗？")
G("cooking", "炒菜的时候油温越高越好吗？",
  "op|炒菜的时候油温越低越好吗？",
  "shv|油温高的时候炒菜越炒越好吃吗？",
  "mod|炒菜的时候一定要等油冒烟吗？",
  "par|炒菜的时候，油温是越高越好吗",
  "typo|炒菜的时候 油温越高越好吗?")
G("legal-tenancy", "房东能把押金全部扣掉吗？",
  "scope|房东能把押金扣掉一部分吗？",
  "dir|租客能把押金全部抵房租吗？",
  "pers|中介能把押金全部扣掉吗？",
  "voc|押金能被房东全部扣掉吗？",
  "syn|房东可以把押金全扣了吗？")
G("real-estate", "这个小区的房价比隔壁小区高多少？",
  "dir|隔壁小区的房价比这个小区高多少？",
  "op|这个小区的房价比隔壁小区低多少？",
  "scope|这个区的房价比隔壁区高多少？",
  "shv|这个小区比隔壁小区高多少层？",
  "wo|隔壁小区的房价比这个小区低多少？",
  "typo|这个小区的房价比隔壁小区高多少?")
G("gaming", "全服玩家都能领这次的补偿吗？",
  "mod|全服玩家必须在今天领这次的补偿吗？",
  "pers|小号也能领这次的补偿吗？",
  "time|全服玩家都能领上次的补偿吗？",
  "par|全服玩家都能领这次的补偿吧？",
  "syn|所有服务器的玩家都可以领这次的补偿吗？")
G("government", "外国人在中国必须随身带护照吗？",
  "qual|外国人在中国住酒店必须出示护照吗？",
  "pers|中国人在国外必须随身带护照吗？",
  "shv|外国人在中国带护照必须去哪里登记？",
  "syn|外国人在中国一定要随身携带护照吗？",
  "par|外国人在中国是不是必须随身带护照啊")
G("fitness", "一周练几次腿比较合适？",
  "op|一周最多能练几次腿？",
  "scope|一周练几次全身比较合适？",
  "pers|我爸六十岁了，一周练几次腿比较合适？",
  "mod|一周必须练两次腿吗？",
  "syn|一个星期练几次腿比较好？",
  "par|一周练几次腿比较合适呢")
G("automotive", "车上所有的灯都不亮了是什么原因？",
  "scope|车上只有左边大灯不亮是什么原因？",
  "shv|车上的灯全亮了是什么原因？",
  "op|车上所有的灯都比以前暗了是什么原因？",
  "syn|车上的灯全都不亮了是什么原因？",
  "voc|车上所有的灯都不亮了，是被什么弄坏的？")
G("pets", "猫比狗更容易养吗？",
  "dir|狗比猫更容易养吗？",
  "wo|狗比猫更难养吗？",
  "op|猫比狗更难养吗？",
  "shv|容易养的猫比狗多吗？",
  "par|猫比狗更容易养吧？")
G("university", "本学期的所有课都可以申请免修吗？",
  "mod|本学期的所有课都必须申请免修吗？",
  "time|上学期的所有课都可以申请免修吗？",
  "op|本学期超过三门课可以申请免修吗？",
  "syn|这学期的所有课程都能申请免修吗？",
  "pol|麻烦问一下，本学期的所有课都可以申请免修吗？")

# ---------------------------------------------------------------- writer
def split_of(group):
    """The rule of split.py: an even first byte of SHA-256 of the group id is dev, an odd one test."""
    return "dev" if hashlib.sha256(group.encode()).digest()[0] % 2 == 0 else "test"


def norm(text):
    """Lowercase and drop punctuation, symbols and spaces (for the duplicate checks)."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or CJK.match(ch))


def rows():
    out = []
    seen_pairs = set()
    seen_anchors = set()
    for index, (domain, a, variants) in enumerate(GROUPS, start=1):
        group = f"x20-{index:03d}"
        assert domain in DOMAINS, (group, domain)
        lang = "zh" if CJK.search(a) else "en"
        assert 4 <= len(variants) <= 6, (group, len(variants))
        assert a == a.strip() and norm(a) not in seen_anchors, (group, a)
        seen_anchors.add(norm(a))
        labels = set()
        for variant in variants:
            code, _, b = variant.partition("|")
            assert b and b == b.strip(), (group, variant)
            assert b != a, (group, b)
            if code in TRUE_CODES:
                label, cls = True, TRUE_CODES[code]
            else:
                assert code in FALSE_CODES, (group, code)
                label, cls = False, FALSE_CODES[code]
            if lang == "zh":
                assert CJK.search(b), (group, b)
            else:
                assert not CJK.search(b), (group, b)
            if code == "par":
                assert lang == "zh", (group, b)
            if norm(a) == norm(b):
                # only punctuation, case or word order may leave the normalised text unchanged
                assert code in ("typo", "wo"), (group, b)
            key = frozenset((a, b))
            assert key not in seen_pairs, (group, b)
            seen_pairs.add(key)
            labels.add(label)
            out.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                        "group": group, "split": split_of(group)})
        assert labels == {True, False}, group
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "extra-20.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
