#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-19.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_19_data.py

Labelled pairs for the semantic cache, weighted toward near-misses that keep almost every word (roles swapped
with the same words, possessive chains, time reference, qualifiers, another action, operators, question words)
and toward true pairs of the same surface shapes (passive <-> active with the same roles, 把 <-> plain order,
converse comparisons, "is it possible for X to V" / "can X V", fronted phrases, politeness, number words,
synonyms, symmetric relations).

Each group is one anchor question `a` and its variants `b`, written as "code|text"; the code names the class and
the class fixes the label (true: one complete, correct answer to `a` fully serves `b`). Group ids run x19-001 ...
in writing order. The split of each group comes from its id alone (the rule of split.py: even first byte of
SHA-256 of the id is dev, odd is test). The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",        # the same content reordered, roles kept; converse comparisons that keep the relation
    "sym": "symmetric",     # a symmetric relation with its sides swapped
    "syn": "synonym",       # a word swapped for a synonym or inflection; plain rewording
    "pol": "politeness",    # please / could you tell me / 请问 / 麻烦问一下
    "par": "particles",     # Chinese particles 呢/吗/啊/呀/吧, A-not-A
    "voc": "passive",       # passive <-> active, 被 <-> 把 <-> plain order, with the same roles
    "nw": "number-words",   # 3 / three, 五百 / 500
    "frm": "frame",         # "is it possible for X to V" / "can X V", "what's the process for V-ing" / "how do I V"
}
FALSE_CODES = {
    "dir": "direction",             # roles swapped with the same words: A→B / B→A, 给/替/向/跟, A比B, before/after
    "pos": "possessive-relation",   # my manager's assistant / my assistant's manager
    "pas": "passive-role",          # passive or 被/把 with the roles swapped
    "tns": "tense",                 # time reference: used to / now, last year / next year, 三天前 / 再过三天, already / not yet
    "qual": "qualifier",            # a restricting word or phrase added or dropped
    "act": "action",                # another action on the same object
    "op": "operator",               # + / -, < / >, sign, 加 / 减, 大于 / 小于, higher / lower on the same side
    "qw": "question-word",          # how / where / why, 多少 / 多久 / 哪里
    "num": "number",                # another amount or count
    "neg": "negation",              # not / 不 / 没
    "ent": "entity",                # another product, place, person role
    "obj": "object",                # the same action on another object
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel", "telecom", "hr-work", "legal-housing",
    "cooking", "math",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- shopping (en)
G("shopping", "Can my sister return the jacket I ordered for her to the store?",
  "frm|Is it possible for my sister to return the jacket I ordered for her to the store?",
  "dir|Can I return the jacket my sister ordered for me to the store?",
  "act|Can my sister exchange the jacket I ordered for her at the store?",
  "pol|Hi, can my sister return the jacket I ordered for her to the store?",
  "qw|Where can my sister return the jacket I ordered for her?")
G("shopping", "Is the refund for digital items sent to the original card?",
  "syn|Is the refund for digital purchases sent back to the original card?",
  "qual|Is the refund sent to the original card?",
  "qw|How long does the refund for digital items take to reach the original card?",
  "wo|For digital items, is the refund sent to the original card?",
  "neg|Why is the refund for digital items not sent to the original card?")
G("shopping", "Is the blue kettle more expensive than the steel kettle?",
  "wo|Is the steel kettle cheaper than the blue kettle?",
  "dir|Is the steel kettle more expensive than the blue kettle?",
  "op|Is the blue kettle less expensive than the steel kettle?",
  "qw|How much more expensive is the blue kettle than the steel kettle?",
  "syn|Does the blue kettle cost more than the steel kettle?")
G("shopping", "Was my parcel signed for by the neighbour?",
  "voc|Did the neighbour sign for my parcel?",
  "pas|Was the neighbour's parcel signed for by me?",
  "qw|When was my parcel signed for by the neighbour?",
  "tns|Will my parcel be signed for by the neighbour?",
  "syn|Did my neighbour sign for the package?")
G("shopping", "Can I use a store voucher before applying the member discount?",
  "dir|Can I apply the member discount before using a store voucher?",
  "frm|Is it possible to use a store voucher before applying the member discount?",
  "neg|Can I not use a store voucher before applying the member discount?",
  "act|Can I buy a store voucher before applying the member discount?",
  "pol|Could you tell me whether I can use a store voucher before applying the member discount?")
G("shopping", "How long does it take for a seller to ship a made-to-order sofa?",
  "frm|How long does a seller take to ship a made-to-order sofa?",
  "qual|How long does it take for a seller to ship a sofa?",
  "act|How long does it take for a seller to build a made-to-order sofa?",
  "qw|How much does it cost for a seller to ship a made-to-order sofa?",
  "syn|How long do sellers usually need to dispatch a made-to-order sofa?")
G("shopping", "I used to get free shipping on orders over 30 dollars. Is that still the case?",
  "syn|Do orders over 30 dollars still get free shipping like before?",
  "num|I used to get free shipping on orders over 50 dollars. Is that still the case?",
  "tns|Will orders over 30 dollars get free shipping next year?",
  "nw|I used to get free shipping on orders over thirty dollars. Is that still the case?",
  "qual|I used to get free shipping on international orders over 30 dollars. Is that still the case?")
G("shopping", "Can I gift a subscription box to my mom using my points?",
  "obj|Can I gift a subscription box to my mom using my gift card?",
  "syn|Can I use my points to give my mom a subscription box as a gift?",
  "act|Can I cancel a subscription box for my mom using my points?",
  "pol|Please, can I gift a subscription box to my mom using my points?",
  "qw|How many points do I need to gift a subscription box to my mom?")
G("shopping", "What's the process for returning a mattress after the trial period?",
  "frm|How do I return a mattress after the trial period?",
  "op|What's the process for returning a mattress during the trial period?",
  "act|What's the process for replacing a mattress after the trial period?",
  "syn|What are the steps to send back a mattress once the trial period is over?",
  "obj|What's the process for returning a pillow after the trial period?")
G("shopping", "Is the price shown online lower than the price in the outlet?",
  "wo|Is the price in the outlet higher than the price shown online?",
  "dir|Is the price in the outlet lower than the price shown online?",
  "op|Is the price shown online higher than the price in the outlet?",
  "syn|Is the online price lower than what the outlet charges?",
  "qw|Why is the price shown online lower than the price in the outlet?")
G("shopping", "Did the courier already pick up my return?",
  "tns|Will the courier pick up my return?",
  "syn|Has the courier picked up my return yet?",
  "voc|Has my return already been picked up by the courier?",
  "act|Did the courier already drop off my return?",
  "qw|When will the courier pick up my return?")

# ---------------------------------------------------------------- banking (en)
G("banking", "Can I move money from my savings account to my brokerage account instantly?",
  "dir|Can I move money from my brokerage account to my savings account instantly?",
  "wo|Can I instantly move money from my savings account to my brokerage account?",
  "syn|Can I transfer funds from my savings account to my brokerage account instantly?",
  "qw|How long does it take to move money from my savings account to my brokerage account?",
  "neg|Why can't I move money from my savings account to my brokerage account instantly?")
G("banking", "How much is 200 pounds in Canadian dollars?",
  "dir|How much is 200 Canadian dollars in pounds?",
  "nw|How much is two hundred pounds in Canadian dollars?",
  "num|How much is 2,000 pounds in Canadian dollars?",
  "syn|What is 200 GBP worth in Canadian dollars?",
  "ent|How much is 200 pounds in Australian dollars?")
G("banking", "My brother lent my father 5,000 dollars; does my father have to pay tax on it?",
  "dir|My father lent my brother 5,000 dollars; does my father have to pay tax on it?",
  "voc|My father was lent 5,000 dollars by my brother; does my father have to pay tax on it?",
  "num|My brother lent my father 50,000 dollars; does my father have to pay tax on it?",
  "act|My brother gave my father 5,000 dollars; does my father have to pay tax on it?",
  "pol|Quick question: my brother lent my father 5,000 dollars; does my father have to pay tax on it?")
G("banking", "Is the interest rate on my credit card higher than on my personal loan?",
  "wo|Is the interest rate on my personal loan lower than on my credit card?",
  "dir|Is the interest rate on my personal loan higher than on my credit card?",
  "op|Is the interest rate on my credit card lower than on my personal loan?",
  "syn|Does my credit card charge a higher interest rate than my personal loan?",
  "qw|Why is the interest rate on my credit card higher than on my personal loan?")
G("banking", "Is a foreign transaction fee charged on my debit card for online purchases?",
  "voc|Does my debit card charge a foreign transaction fee for online purchases?",
  "qual|Is a foreign transaction fee charged on my debit card?",
  "qw|How much foreign transaction fee is charged on my debit card for online purchases?",
  "obj|Is a foreign transaction fee charged on my credit card for online purchases?",
  "neg|Why is no foreign transaction fee charged on my debit card for online purchases?")
G("banking", "My accountant's manager called me about my tax return. Is that normal?",
  "pos|My manager's accountant called me about my tax return. Is that normal?",
  "syn|The manager of my accountant phoned me about my tax return. Is that normal?",
  "wo|Is it normal that my accountant's manager called me about my tax return?",
  "act|My accountant's manager emailed me about my tax return. Is that normal?",
  "qw|Why did my accountant's manager call me about my tax return?")
G("banking", "Can I pay off my car loan before paying off my mortgage?",
  "dir|Can I pay off my mortgage before paying off my car loan?",
  "frm|Is it possible to pay off my car loan before paying off my mortgage?",
  "act|Can I refinance my car loan before paying off my mortgage?",
  "syn|Am I allowed to clear my car loan before clearing my mortgage?",
  "qw|Should I pay off my car loan before paying off my mortgage?")
G("banking", "I already opened a Roth IRA last year; can I still contribute for this year?",
  "tns|I haven't opened a Roth IRA yet; can I still contribute for this year?",
  "syn|I opened a Roth IRA last year already; am I still able to contribute for this year?",
  "qw|I already opened a Roth IRA last year; how much can I still contribute for this year?",
  "act|I already closed a Roth IRA last year; can I still contribute for this year?",
  "wo|Last year I already opened a Roth IRA; can I still contribute for this year?")
G("banking", "How long does it take for a wire transfer to clear?",
  "frm|How long does a wire transfer take to clear?",
  "qw|How much does it cost for a wire transfer to clear?",
  "qual|How long does it take for an international wire transfer to clear?",
  "syn|How long until a wire transfer clears?",
  "act|How long does it take for a wire transfer to be reversed?")
G("banking", "Can my wife withdraw cash from my account with her own card?",
  "num|Can my wife withdraw 10,000 dollars in cash from my account with her own card?",
  "frm|Is it possible for my wife to withdraw cash from my account with her own card?",
  "act|Can my wife deposit cash into my account with her own card?",
  "pol|Hello, can my wife withdraw cash from my account with her own card?",
  "qw|How much cash can my wife withdraw from my account with her own card?")
G("banking", "Was my card blocked by the bank after the overseas payment?",
  "voc|Did the bank block my card after the overseas payment?",
  "dir|Was my card blocked by the bank before the overseas payment?",
  "qw|Why was my card blocked by the bank after the overseas payment?",
  "syn|Did the bank freeze my card after the payment abroad?",
  "act|Was my card replaced by the bank after the overseas payment?")

# ---------------------------------------------------------------- health (en)
G("health", "Can my daughter give blood to me if we have the same blood type?",
  "obj|Can my daughter give plasma to me if we have the same blood type?",
  "frm|Is it possible for my daughter to give blood to me if we have the same blood type?",
  "neg|Can my daughter give blood to me if we don't have the same blood type?",
  "syn|Can my daughter donate blood to me if we share the same blood type?",
  "qw|How often can my daughter give blood to me if we have the same blood type?")
G("health", "Should I take ibuprofen before or after the dentist appointment?",
  "wo|Should I take ibuprofen after or before the dentist appointment?",
  "obj|Should I take paracetamol before or after the dentist appointment?",
  "qw|How much ibuprofen should I take before or after the dentist appointment?",
  "syn|Is it better to take ibuprofen before or after the dental appointment?",
  "act|Should I stop ibuprofen before or after the dentist appointment?")
G("health", "I used to have high blood pressure; can I donate plasma?",
  "tns|I now have high blood pressure; can I donate plasma?",
  "syn|I had high blood pressure in the past; am I able to donate plasma?",
  "obj|I used to have low blood pressure; can I donate plasma?",
  "act|I used to have high blood pressure; can I receive plasma?",
  "wo|Can I donate plasma if I used to have high blood pressure?")
G("health", "Is my physiotherapist's doctor allowed to see my scans?",
  "pos|Is my doctor's physiotherapist allowed to see my scans?",
  "syn|Is the doctor of my physiotherapist allowed to view my scans?",
  "act|Is my physiotherapist's doctor allowed to delete my scans?",
  "pol|Could you tell me if my physiotherapist's doctor is allowed to see my scans?",
  "neg|Why is my physiotherapist's doctor not allowed to see my scans?")
G("health", "Is a flu shot covered by my employer's health plan?",
  "voc|Does my employer's health plan cover a flu shot?",
  "qual|Is a flu shot covered by my employer's health plan at a pharmacy?",
  "obj|Is a travel vaccine covered by my employer's health plan?",
  "qw|How much of a flu shot is covered by my employer's health plan?",
  "syn|Does my work health insurance pay for a flu jab?")
G("health", "Is it safe for a breastfeeding mother to drink coffee?",
  "frm|Can a breastfeeding mother safely drink coffee?",
  "qual|Is it safe for a mother to drink coffee?",
  "qw|How much coffee is safe for a breastfeeding mother to drink?",
  "obj|Is it safe for a breastfeeding mother to drink green tea?",
  "syn|Is coffee safe for nursing mothers?")
G("health", "Is a resting heart rate of 55 lower than normal for adults?",
  "op|Is a resting heart rate of 55 higher than normal for adults?",
  "nw|Is a resting heart rate of fifty-five lower than normal for adults?",
  "ent|Is a resting heart rate of 55 lower than normal for newborns?",
  "syn|For adults, is a resting pulse of 55 below normal?",
  "qw|Why is a resting heart rate of 55 lower than normal for adults?")
G("health", "How long does it take for a sprained ankle to heal?",
  "frm|How long does a sprained ankle take to heal?",
  "obj|How long does it take for a broken ankle to heal?",
  "qw|How do I make a sprained ankle heal?",
  "syn|What is the healing time for a sprained ankle?",
  "act|How long does it take for a sprained ankle to swell?")
G("health", "The nurse referred me to the dermatologist; do I need a new appointment?",
  "dir|The dermatologist referred me to the nurse; do I need a new appointment?",
  "voc|I was referred to the dermatologist by the nurse; do I need a new appointment?",
  "act|The nurse introduced me to the dermatologist; do I need a new appointment?",
  "neg|The nurse didn't refer me to the dermatologist; do I need a new appointment?",
  "pol|Hi, the nurse referred me to the dermatologist; do I need a new appointment?")
G("health", "Was the antibiotic prescribed before the allergy test came back?",
  "dir|Was the allergy test done before the antibiotic was prescribed?",
  "voc|Did the doctor prescribe the antibiotic before the allergy test came back?",
  "op|Was the antibiotic prescribed after the allergy test came back?",
  "qw|Why was the antibiotic prescribed before the allergy test came back?",
  "act|Was the antibiotic stopped before the allergy test came back?")

# ---------------------------------------------------------------- programming (en)
G("programming", "How do I convert a Unix timestamp to an ISO 8601 string in Go?",
  "dir|How do I convert an ISO 8601 string to a Unix timestamp in Go?",
  "syn|In Go, how can I turn a Unix timestamp into an ISO 8601 string?",
  "ent|How do I convert a Unix timestamp to an ISO 8601 string in Rust?",
  "frm|What's the process for converting a Unix timestamp to an ISO 8601 string in Go?",
  "qw|Why does converting a Unix timestamp to an ISO 8601 string in Go lose the time zone?")
G("programming", "Should I run the database migration before deploying the new API?",
  "dir|Should I deploy the new API before running the database migration?",
  "syn|Should the database migration be run before the new API is deployed?",
  "act|Should I roll back the database migration before deploying the new API?",
  "qw|How do I run the database migration before deploying the new API?",
  "pol|Could you advise whether I should run the database migration before deploying the new API?")
G("programming", "Is the child component re-rendered by the parent when its state changes?",
  "voc|Does the parent re-render the child component when its state changes?",
  "pas|Is the parent component re-rendered by the child when its state changes?",
  "neg|Why is the child component not re-rendered by the parent when its state changes?",
  "qual|Is the child component re-rendered by the parent when its state changes in production?",
  "syn|When the state changes, does the parent re-render the child component?")
G("programming", "In Python, is x -= 3 the same as x = x - 3?",
  "op|In Python, is x += 3 the same as x = x - 3?",
  "dir|In Python, is x -= 3 the same as x = 3 - x?",
  "syn|In Python, does x -= 3 do the same thing as x = x - 3?",
  "wo|In Python, is x = x - 3 the same as x -= 3?",
  "ent|In JavaScript, is x -= 3 the same as x = x - 3?")
G("programming", "How do I merge the staging branch into the feature branch without a merge commit?",
  "dir|How do I merge the feature branch into the staging branch without a merge commit?",
  "act|How do I rebase the staging branch onto the feature branch without a merge commit?",
  "qual|How do I merge the staging branch into the feature branch?",
  "syn|Without creating a merge commit, how can I merge the staging branch into the feature branch?",
  "neg|Why does merging the staging branch into the feature branch not create a merge commit?")
G("programming", "Is it possible for a Kotlin class to extend two abstract classes?",
  "frm|Can a Kotlin class extend two abstract classes?",
  "obj|Is it possible for a Kotlin class to implement two interfaces?",
  "ent|Is it possible for a Swift class to extend two abstract classes?",
  "nw|Is it possible for a Kotlin class to extend 2 abstract classes?",
  "qw|How does a Kotlin class extend two abstract classes?")
G("programming", "Does the worker thread wait for the main thread before it exits?",
  "dir|Does the main thread wait for the worker thread before it exits?",
  "syn|Does the worker thread wait on the main thread before exiting?",
  "op|Does the worker thread wait for the main thread after it exits?",
  "qw|How long does the worker thread wait for the main thread before it exits?",
  "neg|Why doesn't the worker thread wait for the main thread before it exits?")
G("programming", "My team lead's reviewer rejected my pull request. What should I do?",
  "pos|My reviewer's team lead rejected my pull request. What should I do?",
  "syn|The reviewer of my team lead turned down my pull request. What should I do?",
  "act|My team lead's reviewer approved my pull request. What should I do?",
  "pol|Hi everyone, my team lead's reviewer rejected my pull request. What should I do?",
  "qw|Why did my team lead's reviewer reject my pull request?")
G("programming", "What's the process for creating a new Postgres user with read-only access?",
  "frm|How do I create a new Postgres user with read-only access?",
  "act|What's the process for removing a Postgres user with read-only access?",
  "qual|What's the process for creating a new Postgres user?",
  "ent|What's the process for creating a new MySQL user with read-only access?",
  "syn|What are the steps to add a Postgres user that can only read?")
G("programming", "Is the JSON string parsed into a dictionary by json.loads?",
  "voc|Does json.loads parse the JSON string into a dictionary?",
  "dir|Is the dictionary turned into a JSON string by json.loads?",
  "ent|Is the JSON string parsed into a dictionary by json.dumps?",
  "qw|Why is the JSON string parsed into a dictionary by json.loads?",
  "syn|Does json.loads turn a JSON string into a dict?")
G("programming", "We used to deploy with Jenkins; how do we now move our pipelines to GitHub Actions?",
  "dir|We used to deploy with GitHub Actions; how do we now move our pipelines to Jenkins?",
  "syn|We deployed with Jenkins before; how do we migrate our pipelines to GitHub Actions now?",
  "qual|We used to deploy with Jenkins; how do we now move our self-hosted pipelines to GitHub Actions?",
  "qw|We used to deploy with Jenkins; why should we now move our pipelines to GitHub Actions?",
  "wo|How do we now move our pipelines to GitHub Actions, given we used to deploy with Jenkins?")
# ---------------------------------------------------------------- travel (en)
G("travel", "Is the overnight bus from Lisbon to Porto cheaper than the train?",
  "wo|Is the train from Lisbon to Porto more expensive than the overnight bus?",
  "dir|Is the train from Lisbon to Porto cheaper than the overnight bus?",
  "op|Is the overnight bus from Lisbon to Porto more expensive than the train?",
  "syn|Does the overnight coach from Lisbon to Porto cost less than the train?",
  "qw|How much cheaper is the overnight bus from Lisbon to Porto than the train?")
G("travel", "Can I change my flight from Tuesday to Thursday without a fee?",
  "qual|Can I change my basic economy flight from Tuesday to Thursday without a fee?",
  "act|Can I cancel my flight from Tuesday to Thursday without a fee?",
  "neg|Why can't I change my flight from Tuesday to Thursday without a fee?",
  "syn|Can I move my flight from Tuesday to Thursday with no change fee?",
  "pol|Hello, can I change my flight from Tuesday to Thursday without a fee?")
G("travel", "Do I need a visa to transit through Doha on a layover?",
  "qual|Do I need a visa to transit through Doha on a layover longer than 24 hours?",
  "syn|Is a visa required to transit through Doha during a layover?",
  "ent|Do I need a visa to transit through Istanbul on a layover?",
  "act|Do I need a visa to leave the airport in Doha on a layover?",
  "frm|Is it necessary to have a visa to transit through Doha on a layover?")
G("travel", "Was our hotel booking cancelled by the travel agency?",
  "voc|Did the travel agency cancel our hotel booking?",
  "pas|Was the travel agency's booking cancelled by our hotel?",
  "qw|Why was our hotel booking cancelled by the travel agency?",
  "tns|Will our hotel booking be cancelled by the travel agency?",
  "syn|Did the travel agent cancel our hotel reservation?")
G("travel", "Three days ago my luggage was lost by the airline; can I still file a claim?",
  "tns|In three days my luggage will be lost by the airline; can I still file a claim?",
  "voc|Three days ago the airline lost my luggage; can I still file a claim?",
  "nw|3 days ago my luggage was lost by the airline; can I still file a claim?",
  "act|Three days ago my luggage was damaged by the airline; can I still file a claim?",
  "num|Three weeks ago my luggage was lost by the airline; can I still file a claim?")
G("travel", "Should I exchange euros for dollars at the airport or at my bank?",
  "dir|Should I exchange dollars for euros at the airport or at my bank?",
  "wo|Should I exchange euros for dollars at my bank or at the airport?",
  "syn|Is it better to swap euros for dollars at the airport or at my bank?",
  "qw|How much does it cost to exchange euros for dollars at the airport or at my bank?",
  "obj|Should I exchange euros for pounds at the airport or at my bank?")
G("travel", "How long does it take for a passport renewal to be processed?",
  "frm|How long does a passport renewal take to be processed?",
  "qual|How long does it take for an expedited passport renewal to be processed?",
  "qw|How much does it cost for a passport renewal to be processed?",
  "act|How long does it take for a passport renewal to be mailed back?",
  "syn|What is the processing time for renewing a passport?")
G("travel", "Can my travel companion use my lounge pass if I'm not there?",
  "frm|Is it possible for my travel companion to use my lounge pass if I'm not there?",
  "neg|Can my travel companion use my lounge pass if I'm there?",
  "act|Can my travel companion buy my lounge pass if I'm not there?",
  "pol|Could you tell me if my travel companion can use my lounge pass if I'm not there?",
  "qw|How many times can my travel companion use my lounge pass if I'm not there?")
G("travel", "Is the ferry to the island before or after the last bus from the port?",
  "wo|Is the ferry to the island after or before the last bus from the port?",
  "dir|Is the last bus to the port before or after the ferry from the island?",
  "qw|How far is the ferry to the island from the last bus stop at the port?",
  "obj|Is the ferry to the island before or after the first bus from the port?",
  "syn|Does the ferry to the island leave before or after the final bus from the port?")
G("travel", "On the return leg, is a checked bag included in my fare?",
  "wo|Is a checked bag included in my fare on the return leg?",
  "qual|Is a checked bag included in my fare?",
  "obj|On the return leg, is a seat selection included in my fare?",
  "voc|On the return leg, does my fare include a checked bag?",
  "qw|On the return leg, how heavy can the checked bag in my fare be?")

# ---------------------------------------------------------------- telecom (en)
G("telecom", "Can I transfer my data allowance to my son's line?",
  "qual|Can I transfer my data allowance to my son's line on another carrier?",
  "frm|Is it possible to transfer my data allowance to my son's line?",
  "act|Can I share my data allowance with my son's line?",
  "qw|How much of my data allowance can I transfer to my son's line?",
  "syn|Can I move my leftover data to my son's line?")
G("telecom", "I already activated eSIM on my old phone; how do I move it to my new phone?",
  "dir|I already activated eSIM on my new phone; how do I move it to my old phone?",
  "tns|I haven't activated eSIM on my old phone yet; how do I move it to my new phone?",
  "syn|eSIM is already active on my old phone; how can I transfer it to my new phone?",
  "act|I already activated eSIM on my old phone; how do I delete it from my new phone?",
  "wo|How do I move my eSIM to my new phone when I already activated it on my old phone?")
G("telecom", "Is the unlimited plan more expensive than the family plan for two lines?",
  "wo|Is the family plan cheaper than the unlimited plan for two lines?",
  "dir|Is the family plan more expensive than the unlimited plan for two lines?",
  "nw|Is the unlimited plan more expensive than the family plan for 2 lines?",
  "num|Is the unlimited plan more expensive than the family plan for four lines?",
  "qw|Why is the unlimited plan more expensive than the family plan for two lines?")
G("telecom", "Are international roaming charges applied to calls received abroad?",
  "voc|Does the carrier apply international roaming charges to calls received abroad?",
  "act|Are international roaming charges applied to calls made abroad?",
  "qual|Are international roaming charges applied to calls received abroad over Wi-Fi?",
  "qw|How much are international roaming charges for calls received abroad?",
  "syn|Do I pay roaming fees for incoming calls when I'm overseas?")
G("telecom", "Can I cancel my fiber contract before the installation date?",
  "op|Can I cancel my fiber contract after the installation date?",
  "act|Can I change my fiber contract before the installation date?",
  "frm|Is it possible to cancel my fiber contract before the installation date?",
  "syn|Am I able to cancel my fibre contract before it's installed?",
  "qw|How much does it cost to cancel my fiber contract before the installation date?")
G("telecom", "Was my number ported from my old carrier to the new one?",
  "dir|Was my number ported from the new carrier to my old one?",
  "voc|Did the new carrier port my number from my old carrier?",
  "qw|When was my number ported from my old carrier to the new one?",
  "neg|Why wasn't my number ported from my old carrier to the new one?",
  "syn|Has my phone number been transferred from my old carrier to the new one?")
G("telecom", "Last year I paid 40 dollars a month for this plan; why is it 55 now?",
  "syn|This plan cost me 40 dollars a month last year; why does it cost 55 now?",
  "dir|Last year I paid 55 dollars a month for this plan; why is it 40 now?",
  "nw|Last year I paid forty dollars a month for this plan; why is it fifty-five now?",
  "tns|Next year I will pay 40 dollars a month for this plan; why is it 55 now?",
  "qw|Last year I paid 40 dollars a month for this plan; when did it become 55?")
G("telecom", "Can my landlord's internet provider cut off my connection?",
  "pos|Can my internet provider's landlord cut off my connection?",
  "frm|Is it possible for my landlord's internet provider to cut off my connection?",
  "act|Can my landlord's internet provider slow down my connection?",
  "pol|Hi, can my landlord's internet provider cut off my connection?",
  "qw|Why would my landlord's internet provider cut off my connection?")

# ---------------------------------------------------------------- school (en)
G("school", "Do I need to pass Statistics before I can take Econometrics?",
  "dir|Do I need to pass Econometrics before I can take Statistics?",
  "syn|Is passing Statistics required before I can take Econometrics?",
  "wo|Before I can take Econometrics, do I need to pass Statistics?",
  "act|Do I need to audit Statistics before I can take Econometrics?",
  "qual|Do I need to pass Statistics with a B before I can take Econometrics?")
G("school", "Can I graduate with distinction if I retook one course in second year?",
  "qual|Can I graduate if I retook one course in second year?",
  "nw|Can I graduate with distinction if I retook 1 course in second year?",
  "obj|Can I get a scholarship if I retook one course in second year?",
  "syn|Am I still eligible for graduating with distinction if I repeated one course in second year?",
  "neg|Can I graduate with distinction if I never retook a course in second year?")
G("school", "My son's tutor's car was towed from the school lot. Who do we call?",
  "pos|My tutor's son's car was towed from the school lot. Who do we call?",
  "syn|The car of my son's tutor got towed from the school lot. Who do we call?",
  "voc|Someone towed my son's tutor's car from the school lot. Who do we call?",
  "act|My son's tutor's car was scratched in the school lot. Who do we call?",
  "qw|My son's tutor's car was towed from the school lot. How much is the fine?")
G("school", "Was the essay graded by the teaching assistant or by the professor?",
  "wo|Was the essay graded by the professor or by the teaching assistant?",
  "voc|Did the teaching assistant or the professor grade the essay?",
  "act|Was the essay written by the teaching assistant or by the professor?",
  "qw|When was the essay graded by the teaching assistant or by the professor?",
  "obj|Was the final exam graded by the teaching assistant or by the professor?")
G("school", "How do I apply for a deferral of my final exam?",
  "frm|What's the process for applying for a deferral of my final exam?",
  "act|How do I appeal a deferral of my final exam?",
  "qw|Why should I apply for a deferral of my final exam?",
  "syn|How can I request to postpone my final exam?",
  "obj|How do I apply for a deferral of my midterm exam?")
G("school", "My classmate copied my homework; will I be penalised too?",
  "dir|I copied my classmate's homework; will I be penalised too?",
  "voc|My homework was copied by my classmate; will I be penalised too?",
  "syn|A classmate copied my homework; could I get penalised as well?",
  "qw|My classmate copied my homework; how will the school find out?",
  "neg|My classmate didn't copy my homework; will I be penalised too?")
G("school", "Is the tuition for the summer term higher than for the spring term?",
  "wo|Is the tuition for the spring term lower than for the summer term?",
  "dir|Is the tuition for the spring term higher than for the summer term?",
  "op|Is the tuition for the summer term lower than for the spring term?",
  "qual|Is the tuition for international students for the summer term higher than for the spring term?",
  "syn|Does the summer term cost more in tuition than the spring term?")
G("school", "I used to be a part-time student; can I now get a full scholarship?",
  "tns|I am now a part-time student; can I get a full scholarship?",
  "dir|I used to be a full-time student; can I now get a part-time scholarship?",
  "syn|I was previously part-time; am I now eligible for a full scholarship?",
  "wo|Can I now get a full scholarship if I used to be a part-time student?",
  "qw|I used to be a part-time student; how do I now apply for a full scholarship?")
G("school", "Can a tutor teach my two kids in one session for the price of one?",
  "nw|Can a tutor teach my 2 kids in 1 session for the price of 1?",
  "frm|Is it possible for a tutor to teach my two kids in one session for the price of one?",
  "num|Can a tutor teach my three kids in one session for the price of one?",
  "qw|How much does a tutor charge to teach my two kids in one session?",
  "act|Can a tutor assess my two kids in one session for the price of one?")

# ---------------------------------------------------------------- hr-work (en)
G("hr-work", "My manager's assistant emailed me about my leave request. Should I reply to her?",
  "pos|My assistant's manager emailed me about my leave request. Should I reply to her?",
  "syn|The assistant of my manager wrote to me about my leave request. Should I reply to her?",
  "act|My manager's assistant rejected my leave request. Should I reply to her?",
  "pol|Hi, my manager's assistant emailed me about my leave request. Should I reply to her?",
  "qw|My manager's assistant emailed me about my leave request. How should I reply to her?")
G("hr-work", "Can my colleague cover my shift if I cover hers next week?",
  "sym|Can I cover my colleague's shift if she covers mine next week?",
  "frm|Is it possible for my colleague to cover my shift if I cover hers next week?",
  "tns|Could my colleague have covered my shift if I covered hers last week?",
  "qw|How do I ask my colleague to cover my shift if I cover hers next week?",
  "syn|Can a coworker take my shift if I take hers next week?")
G("hr-work", "Is the night shift paid more than the day shift?",
  "wo|Is the day shift paid less than the night shift?",
  "dir|Is the day shift paid more than the night shift?",
  "voc|Does the company pay the night shift more than the day shift?",
  "qw|How much more is the night shift paid than the day shift?",
  "op|Is the night shift paid less than the day shift?")
G("hr-work", "Was I underpaid by my employer for the overtime last month?",
  "voc|Did my employer underpay me for the overtime last month?",
  "pas|Was my employer underpaid by me for the overtime last month?",
  "tns|Will I be underpaid by my employer for the overtime next month?",
  "op|Was I overpaid by my employer for the overtime last month?",
  "qw|How much was I underpaid by my employer for the overtime last month?")
G("hr-work", "Does the probation period count toward my annual leave?",
  "syn|Is the probation period counted toward my annual leave?",
  "obj|Does the probation period count toward my sick leave?",
  "qual|Does an extended probation period count toward my annual leave?",
  "neg|Why doesn't the probation period count toward my annual leave?",
  "pol|Could you tell me whether the probation period counts toward my annual leave?")
G("hr-work", "Do I have to use up my annual leave before my parental leave starts?",
  "dir|Do I have to use up my parental leave before my annual leave starts?",
  "op|Do I have to use up my annual leave after my parental leave ends?",
  "syn|Must I use all my annual leave before my parental leave begins?",
  "wo|Before my parental leave starts, do I have to use up my annual leave?",
  "act|Do I have to carry over my annual leave before my parental leave starts?")
G("hr-work", "How long does it take for HR to approve a remote work request?",
  "frm|How long does HR take to approve a remote work request?",
  "act|How long does it take for HR to review a remote work request?",
  "qual|How long does it take for HR to approve a permanent remote work request?",
  "qw|Why does it take so long for HR to approve a remote work request?",
  "syn|How much time does HR need to sign off on a remote work request?")
G("hr-work", "I have already resigned; do I still have to attend the performance review?",
  "tns|I haven't resigned yet; do I still have to attend the performance review?",
  "syn|I've handed in my resignation already; must I still go to the performance review?",
  "act|I have already been fired; do I still have to attend the performance review?",
  "obj|I have already resigned; do I still have to attend the team offsite?",
  "wo|Do I still have to attend the performance review if I have already resigned?")
# ---------------------------------------------------------------- legal-housing (en)
G("legal-housing", "My landlord owes my roommate part of the deposit; can my roommate deduct it from the rent?",
  "dir|My roommate owes my landlord part of the deposit; can my roommate deduct it from the rent?",
  "syn|My landlord still owes my roommate some of the deposit; may my roommate take it off the rent?",
  "act|My landlord owes my roommate part of the deposit; can my roommate sue for it?",
  "pol|Hi, my landlord owes my roommate part of the deposit; can my roommate deduct it from the rent?",
  "qw|My landlord owes my roommate part of the deposit; how long does he have to pay it?")
G("legal-housing", "Is it legal for a landlord to enter the apartment without notice?",
  "frm|Can a landlord legally enter the apartment without notice?",
  "neg|Is it legal for a landlord to enter the apartment with notice?",
  "qual|Is it legal for a landlord to enter the apartment without notice in an emergency?",
  "dir|Is it legal for a tenant to enter the landlord's apartment without notice?",
  "syn|Are landlords allowed to come into the flat without giving notice?")
G("legal-housing", "Was the lease signed by the tenant before the inspection?",
  "voc|Did the tenant sign the lease before the inspection?",
  "op|Was the lease signed by the tenant after the inspection?",
  "pas|Was the tenant's lease signed by the inspector before the inspection?",
  "qw|Why was the lease signed by the tenant before the inspection?",
  "syn|Did the renter sign the lease ahead of the inspection?")
G("legal-housing", "Can I sublet my room to my cousin while I'm abroad?",
  "frm|Is it possible for me to sublet my room to my cousin while I'm abroad?",
  "dir|Can my cousin sublet his room to me while I'm abroad?",
  "act|Can I rent out my room to my cousin while I'm abroad?",
  "wo|While I'm abroad, can I sublet my room to my cousin?",
  "qw|How do I sublet my room to my cousin while I'm abroad?")
G("legal-housing", "Who pays for the repair if the tenant's dog damaged the neighbour's fence?",
  "dir|Who pays for the repair if the neighbour's dog damaged the tenant's fence?",
  "voc|Who pays for the repair if the neighbour's fence was damaged by the tenant's dog?",
  "pos|Who pays for the repair if the dog's tenant damaged the neighbour's fence?",
  "syn|Who covers the repair cost if the tenant's dog broke the neighbour's fence?",
  "qw|How much does the repair cost if the tenant's dog damaged the neighbour's fence?")
G("legal-housing", "Can the seller back out after we already signed the purchase agreement?",
  "tns|Can the seller back out before we sign the purchase agreement?",
  "dir|Can we back out after the seller already signed the purchase agreement?",
  "frm|Is it possible for the seller to back out after we already signed the purchase agreement?",
  "syn|Is the seller allowed to withdraw once we've signed the purchase agreement?",
  "qw|What happens if the seller backs out after we already signed the purchase agreement?")
G("legal-housing", "Is my rent increase larger than the legal cap of 5 percent?",
  "wo|Is the legal cap of 5 percent smaller than my rent increase?",
  "op|Is my rent increase smaller than the legal cap of 5 percent?",
  "nw|Is my rent increase larger than the legal cap of five percent?",
  "num|Is my rent increase larger than the legal cap of 10 percent?",
  "qw|What can I do if my rent increase is larger than the legal cap of 5 percent?")
G("legal-housing", "My ex-husband's lawyer sent a letter to my sister. Does she have to respond?",
  "pos|My sister's lawyer sent a letter to my ex-husband. Does she have to respond?",
  "voc|A letter was sent to my sister by my ex-husband's lawyer. Does she have to respond?",
  "syn|My ex-husband's attorney wrote to my sister. Is she required to respond?",
  "qw|My ex-husband's lawyer sent a letter to my sister. How long does she have to respond?",
  "neg|My ex-husband's lawyer sent a letter to my sister. Can she ignore it?")

# ---------------------------------------------------------------- cooking (en)
G("cooking", "Should I add the garlic before the onions when making a stir-fry?",
  "dir|Should I add the onions before the garlic when making a stir-fry?",
  "syn|When making a stir-fry, should the garlic go in before the onions?",
  "op|Should I add the garlic after the onions when making a stir-fry?",
  "qw|Why should I add the garlic before the onions when making a stir-fry?",
  "obj|Should I add the ginger before the onions when making a stir-fry?")
G("cooking", "How many grams is 3 tablespoons of honey?",
  "dir|How many tablespoons is 3 grams of honey?",
  "nw|How many grams is three tablespoons of honey?",
  "obj|How many grams is 3 tablespoons of sugar?",
  "num|How many grams is 3 teaspoons of honey?",
  "syn|What do 3 tablespoons of honey weigh in grams?")
G("cooking", "Can I replace butter with olive oil in banana bread?",
  "dir|Can I replace olive oil with butter in banana bread?",
  "frm|Is it possible to replace butter with olive oil in banana bread?",
  "qw|How much olive oil do I use to replace butter in banana bread?",
  "syn|Can I substitute olive oil for butter in banana bread?",
  "obj|Can I replace butter with olive oil in shortbread?")
G("cooking", "Is the roast cooked at 180 °C for longer than at 200 °C?",
  "wo|Is the roast cooked at 200 °C for less time than at 180 °C?",
  "dir|Is the roast cooked at 200 °C for longer than at 180 °C?",
  "op|Is the roast cooked at 180 °C for shorter than at 200 °C?",
  "qw|How much longer is the roast cooked at 180 °C than at 200 °C?",
  "syn|Does a roast take longer at 180 °C than at 200 °C?")
G("cooking", "How long does it take for frozen shrimp to thaw in cold water?",
  "frm|How long does frozen shrimp take to thaw in cold water?",
  "obj|How long does it take for frozen chicken breasts to thaw in cold water?",
  "qual|How long does it take for frozen shrimp to thaw?",
  "qw|Why does frozen shrimp thaw faster in cold water?",
  "syn|How long must frozen shrimp sit in cold water to defrost?")
G("cooking", "Was the cake ruined by opening the oven door too early?",
  "voc|Did opening the oven door too early ruin the cake?",
  "op|Was the cake ruined by opening the oven door too late?",
  "qw|Why was the cake ruined by opening the oven door too early?",
  "act|Was the cake saved by opening the oven door too early?",
  "syn|Did my cake sink because I opened the oven too early?")
G("cooking", "Can cooked rice be kept in the fridge for three days?",
  "voc|Can I keep cooked rice in the fridge for three days?",
  "nw|Can cooked rice be kept in the fridge for 3 days?",
  "num|Can cooked rice be kept in the fridge for ten days?",
  "qual|Can cooked rice be kept out of the fridge for three days?",
  "qw|How long can cooked rice be kept in the fridge?")
G("cooking", "I used to make pizza dough with fresh yeast; how much instant yeast do I use now?",
  "dir|I used to make pizza dough with instant yeast; how much fresh yeast do I use now?",
  "syn|I made pizza dough with fresh yeast before; how much instant yeast should I use instead?",
  "qw|I used to make pizza dough with fresh yeast; why should I use instant yeast now?",
  "obj|I used to make bread dough with fresh yeast; how much baking powder do I use now?",
  "wo|How much instant yeast do I use now for pizza dough, since I used to use fresh yeast?")

# ---------------------------------------------------------------- math (en)
G("math", "What is 15 percent of 80?",
  "op|What is 15 percent more than 80?",
  "nw|What is fifteen percent of eighty?",
  "qw|What percent of 80 is 15?",
  "syn|How much is 15% of 80?",
  "num|What is 15 percent of 90?")
G("math", "Is 7/9 larger than 0.78?",
  "wo|Is 0.78 smaller than 7/9?",
  "dir|Is 0.78 larger than 7/9?",
  "op|Is 7/9 smaller than 0.78?",
  "syn|Is seven ninths greater than 0.78?",
  "qw|By how much is 7/9 larger than 0.78?")
G("math", "Subtract 14 from 50.",
  "dir|Subtract 50 from 14.",
  "syn|What is 50 minus 14?",
  "op|Add 14 to 50.",
  "nw|Subtract fourteen from fifty.",
  "num|Subtract 41 from 50.")
G("math", "Convert 3.5 kilometres to miles.",
  "dir|Convert 3.5 miles to kilometres.",
  "syn|How many miles is 3.5 kilometres?",
  "nw|Convert three and a half kilometres to miles.",
  "obj|Convert 3.5 kilometres to yards.",
  "num|Convert 35 kilometres to miles.")
G("math", "Is the line y = 2x + 1 steeper than y = 3x - 4?",
  "wo|Is the line y = 3x - 4 less steep than y = 2x + 1?",
  "dir|Is the line y = 3x - 4 steeper than y = 2x + 1?",
  "num|Is the line y = 4x + 1 steeper than y = 3x - 4?",
  "syn|Does y = 2x + 1 have a steeper slope than y = 3x - 4?",
  "qw|Where does the line y = 2x + 1 cross y = 3x - 4?")
G("math", "Divide 96 by 12.",
  "dir|Divide 12 by 96.",
  "syn|What is 96 divided by 12?",
  "op|Multiply 96 by 12.",
  "syn|How many times does 12 go into 96?",
  "num|Divide 96 by 16.")
G("math", "What is the least common multiple of 18 and 24?",
  "sym|What is the least common multiple of 24 and 18?",
  "obj|What is the greatest common divisor of 18 and 24?",
  "syn|What is the LCM of 18 and 24?",
  "num|What is the least common multiple of 18 and 27?",
  "qw|How do you find the least common multiple of 18 and 24?")
G("math", "Is -9 greater than -4?",
  "wo|Is -4 less than -9?",
  "dir|Is -4 greater than -9?",
  "op|Is 9 greater than -4?",
  "syn|Is negative nine bigger than negative four?",
  "qw|Why is -9 smaller than -4?")
G("math", "A number plus 6, times 2, equals 30. What is the number?",
  "dir|A number times 2, plus 6, equals 30. What is the number?",
  "syn|If you add 6 to a number and double the result you get 30. What is the number?",
  "nw|A number plus six, times two, equals thirty. What is the number?",
  "op|A number minus 6, times 2, equals 30. What is the number?",
  "num|A number plus 6, times 2, equals 40. What is the number?")
G("math", "Is the area of a circle with radius 3 bigger than a square with side 5?",
  "wo|Is the area of a square with side 5 smaller than a circle with radius 3?",
  "dir|Is the area of a square with side 5 bigger than a circle with radius 3?",
  "nw|Is the area of a circle with radius three bigger than a square with side five?",
  "obj|Is the perimeter of a circle with radius 3 bigger than a square with side 5?",
  "qw|How much bigger is the area of a circle with radius 3 than a square with side 5?")
G("math", "What is 2 to the power of 7?",
  "dir|What is 7 to the power of 2?",
  "nw|What is two to the power of seven?",
  "syn|What does 2 raised to the 7th power equal?",
  "op|What is 2 times 7?",
  "num|What is 2 to the power of 8?")
G("math", "If Tom is older than Ana and Ana is older than Li, who is the youngest?",
  "wo|If Ana is younger than Tom and Li is younger than Ana, who is the youngest?",
  "dir|If Ana is older than Tom and Li is older than Ana, who is the youngest?",
  "op|If Tom is older than Ana and Ana is older than Li, who is the oldest?",
  "syn|Tom is older than Ana, who is older than Li; who is youngest?",
  "num|If Tom is older than Ana and Ana is older than Li, how many are older than Li?")
# ---------------------------------------------------------------- shopping (zh)
G("shopping", "我给妈妈买的羽绒服，她能自己去门店退吗？",
  "qual|我给妈妈买的羽绒服，她能不带小票自己去门店退吗？",
  "act|我给妈妈买的羽绒服，她能自己去门店换吗？",
  "frm|我给妈妈买的羽绒服，她有没有可能自己去门店退？",
  "par|我给妈妈买的羽绒服，她能不能自己去门店退呀？",
  "qw|我给妈妈买的羽绒服，她去哪里退？")
G("shopping", "这款扫地机比那款洗地机贵吗？",
  "wo|那款洗地机比这款扫地机便宜吗？",
  "dir|那款洗地机比这款扫地机贵吗？",
  "op|这款扫地机比那款洗地机便宜吗？",
  "qw|这款扫地机比那款洗地机贵多少？",
  "syn|这款扫地机的价格比那款洗地机高吗？")
G("shopping", "我的快递被邻居代签了，怎么找回来？",
  "voc|邻居把我的快递代签了，怎么找回来？",
  "pas|邻居的快递被我代签了，怎么找回来？",
  "syn|邻居帮我签收了快递，怎样拿回来？",
  "qw|我的快递被邻居代签了，为什么没通知我？",
  "act|我的快递被邻居拒签了，怎么找回来？")
G("shopping", "虚拟商品的订单能退款吗？",
  "qual|订单能退款吗？",
  "syn|虚拟类商品下单后可以退款吗？",
  "par|虚拟商品的订单能不能退款呀？",
  "act|虚拟商品的订单能开发票吗？",
  "qw|虚拟商品的订单退款要多久？")
G("shopping", "以前买满两百包邮，现在还包邮吗？",
  "nw|以前买满200包邮，现在还包邮吗？",
  "tns|现在买满两百包邮，以后还包邮吗？",
  "num|以前买满九十九包邮，现在还包邮吗？",
  "syn|之前满两百元就免运费，现在还免吗？",
  "qual|以前买满两百包邮，现在偏远地区还包邮吗？")
G("shopping", "先用优惠券再用积分抵扣可以吗？",
  "dir|先用积分抵扣再用优惠券可以吗？",
  "syn|能不能先使用优惠券，然后再用积分抵扣？",
  "act|先领优惠券再用积分抵扣可以吗？",
  "neg|不用优惠券只用积分抵扣可以吗？",
  "par|先用优惠券再用积分抵扣可以吧？")
G("shopping", "商家把我的差评删了，这样合法吗？",
  "voc|我的差评被商家删了，这样合法吗？",
  "pas|商家的差评被我删了，这样合法吗？",
  "qw|商家把我的差评删了，我能要求赔偿多少？",
  "syn|商家擅自删除了我的差评，这合法吗？",
  "qw|商家把我的差评删了，我该去哪里投诉？")
G("shopping", "首次下单的新人券怎么领？",
  "qual|下单的新人券怎么领？",
  "syn|第一次下单的新人优惠券在哪领取？",
  "act|首次下单的新人券怎么用？",
  "pol|请问首次下单的新人券怎么领？",
  "qw|首次下单的新人券能抵多少钱？")
G("shopping", "三天前下的订单到现在还没发货，正常吗？",
  "tns|三天前下的订单已经发货了，正常吗？",
  "nw|3天前下的订单到现在还没发货，正常吗？",
  "num|三个小时前下的订单到现在还没发货，正常吗？",
  "syn|订单三天前就下了，现在还没发出，这正常吗？",
  "qw|三天前下的订单到现在还没发货，怎么催？")
G("shopping", "朋友替我在网上抢的演唱会门票，能转到我名下吗？",
  "act|朋友替我在网上抢的演唱会门票，能转卖给别人吗？",
  "syn|朋友帮我在网上抢到的演唱会票，可以转到我名下吗？",
  "act|朋友替我在网上抢的演唱会门票，能退掉吗？",
  "pol|麻烦问一下，朋友替我在网上抢的演唱会门票，能转到我名下吗？",
  "qw|朋友替我在网上抢的演唱会门票，怎么转到我名下？")
G("shopping", "线上买的衣服能拿到线下门店换吗？",
  "dir|线下门店买的衣服能拿到线上换吗？",
  "qual|线上买的打折衣服能拿到线下门店换吗？",
  "act|线上买的衣服能拿到线下门店退吗？",
  "wo|衣服是线上买的，能拿到线下门店换吗？",
  "par|线上买的衣服能不能拿到线下门店换呀？")

# ---------------------------------------------------------------- banking (zh)
G("banking", "我哥向我借了三万块，我要交税吗？",
  "dir|我向我哥借了三万块，我要交税吗？",
  "nw|我哥向我借了30000块，我要交税吗？",
  "syn|我哥跟我借了三万元，我需要缴税吗？",
  "act|我哥送了我三万块，我要交税吗？",
  "qw|我哥向我借了三万块，怎么写借条？")
G("banking", "怎么把美元转成港币？",
  "dir|怎么把港币转成美元？",
  "voc|美元怎么转成港币？",
  "syn|美元怎么兑换成港币？",
  "qw|美元转成港币汇率多少？",
  "ent|怎么把美元转成日元？")
G("banking", "从余额宝转到银行卡要多久到账？",
  "dir|从银行卡转到余额宝要多久到账？",
  "wo|余额宝转到银行卡要多久到账？",
  "qw|从余额宝转到银行卡要多少手续费？",
  "syn|余额宝提现到银行卡多长时间能到？",
  "qual|从余额宝转到别人的银行卡要多久到账？")
G("banking", "信用卡的利率比房贷高吗？",
  "wo|房贷的利率比信用卡低吗？",
  "dir|房贷的利率比信用卡高吗？",
  "op|信用卡的利率比房贷低吗？",
  "syn|信用卡利息是不是比房贷高？",
  "qw|信用卡的利率比房贷高多少？")
G("banking", "我的工资卡被银行冻结了，怎么解冻？",
  "voc|银行把我的工资卡冻结了，怎么解冻？",
  "syn|银行冻结了我的工资卡，要怎么解除？",
  "act|我的工资卡被银行注销了，怎么恢复？",
  "qw|我的工资卡被银行冻结了，为什么？",
  "par|我的工资卡被银行冻结了，怎么解冻呢？")
G("banking", "境外消费用这张卡要收手续费吗？",
  "qual|用这张卡消费要收手续费吗？",
  "wo|用这张卡境外消费要收手续费吗？",
  "qw|境外消费用这张卡手续费是多少？",
  "act|境外取现用这张卡要收手续费吗？",
  "syn|这张卡在国外刷卡有手续费吗？")
G("banking", "我同事的老板找我担保贷款，有风险吗？",
  "pos|我老板的同事找我担保贷款，有风险吗？",
  "syn|我同事的上司让我给他的贷款做担保，有风险吗？",
  "act|我同事的老板找我合伙贷款，有风险吗？",
  "pol|想请教一下，我同事的老板找我担保贷款，有风险吗？",
  "qw|我同事的老板找我担保贷款，怎么拒绝？")
G("banking", "先还信用卡还是先还花呗？",
  "wo|先还花呗还是先还信用卡？",
  "obj|先还信用卡还是先还房贷？",
  "qw|信用卡和花呗哪个利息高？",
  "syn|信用卡和花呗应该先还哪一个？",
  "act|先办信用卡还是先开花呗？")
G("banking", "再过三天就是还款日，现在还能分期吗？",
  "tns|三天前就是还款日，现在还能分期吗？",
  "nw|再过3天就是还款日，现在还能分期吗？",
  "syn|离还款日还有三天，现在还能办分期吗？",
  "act|再过三天就是还款日，现在还能取消分期吗？",
  "qw|再过三天就是还款日，分期手续费多少？")
G("banking", "农行的五年期定期存款能提前取出来吗？",
  "syn|农行的五年期定期存款能不能提前支取？",
  "act|农行的五年期定期存款能提前续存吗？",
  "qw|农行的五年期定期存款提前取出来利息怎么算？",
  "frm|农行的五年期定期存款有没有可能提前取出来？",
  "qual|农行的大额五年期定期存款能提前取出来吗？")
G("banking", "我已经开通了手机银行，怎么绑定微信？",
  "tns|我还没开通手机银行，怎么绑定微信？",
  "act|我已经开通了手机银行，怎么解绑微信？",
  "syn|手机银行我已经开了，怎样绑微信？",
  "wo|怎么绑定微信？我已经开通了手机银行。",
  "obj|我已经开通了手机银行，怎么绑定支付宝？")

# ---------------------------------------------------------------- health (zh)
G("health", "孩子发烧了，先吃退烧药还是先物理降温？",
  "wo|孩子发烧了，先物理降温还是先吃退烧药？",
  "syn|小孩发烧，应该先吃退烧药还是先物理降温？",
  "qual|孩子发烧到四十度了，先吃退烧药还是先物理降温？",
  "qw|孩子发烧了，退烧药吃多少？",
  "obj|孩子咳嗽了，先吃止咳药还是先雾化？")
G("health", "以前得过乙肝，现在能献血吗？",
  "tns|现在得了乙肝，以后能献血吗？",
  "syn|过去感染过乙肝，如今还能献血吗？",
  "obj|以前得过甲肝，现在能献血吗？",
  "act|以前得过乙肝，现在能打疫苗吗？",
  "par|以前得过乙肝，现在能不能献血呀？")
G("health", "我爸的主治医生的助理给我打电话，靠谱吗？",
  "pos|我主治医生的助理的爸爸给我打电话，靠谱吗？",
  "syn|我爸主治医生的助手给我来电话，可信吗？",
  "act|我爸的主治医生的助理给我发短信，靠谱吗？",
  "pol|请问，我爸的主治医生的助理给我打电话，靠谱吗？",
  "qw|我爸的主治医生的助理为什么给我打电话？")
G("health", "布洛芬和对乙酰氨基酚能在同一天吃吗？",
  "sym|对乙酰氨基酚和布洛芬能在同一天吃吗？",
  "syn|布洛芬跟扑热息痛可以在同一天服用吗？",
  "qw|布洛芬和对乙酰氨基酚间隔多久吃？",
  "obj|布洛芬和阿司匹林能在同一天吃吗？",
  "qual|孕妇布洛芬和对乙酰氨基酚能在同一天吃吗？")
G("health", "体检报告说我的血糖比正常值高，要紧吗？",
  "op|体检报告说我的血糖比正常值低，要紧吗？",
  "wo|体检报告说正常值比我的血糖低，要紧吗？",
  "obj|体检报告说我的血压比正常值高，要紧吗？",
  "syn|体检结果显示血糖偏高，严重吗？",
  "qw|体检报告说我的血糖比正常值高，该吃什么？")
G("health", "牙医把我的好牙拔了，能要求赔偿吗？",
  "voc|我的好牙被牙医拔了，能要求赔偿吗？",
  "syn|牙医误拔了我的健康牙齿，可以索赔吗？",
  "act|牙医把我的好牙磨了，能要求赔偿吗？",
  "qw|牙医把我的好牙拔了，能要求赔偿多少？",
  "neg|牙医没把我的坏牙拔掉，能要求赔偿吗？")
G("health", "打完新冠疫苗多久能打流感疫苗？",
  "neg|打完新冠疫苗为什么不能马上打流感疫苗？",
  "syn|接种新冠疫苗后隔多长时间可以打流感疫苗？",
  "qw|打完新冠疫苗能不能打流感疫苗？",
  "obj|打完新冠疫苗多久能打狂犬疫苗？",
  "wo|流感疫苗要在打完新冠疫苗多久后打？")
G("health", "我的医保能报销线上问诊的费用吗？",
  "qual|我的医保能报销问诊的费用吗？",
  "voc|线上问诊的费用能被我的医保报销吗？",
  "qw|我的医保能报销线上问诊的多少费用？",
  "syn|网上问诊花的钱医保能报吗？",
  "ent|我的商业保险能报销线上问诊的费用吗？")
G("health", "扭伤后要先冷敷还是先热敷？",
  "wo|扭伤后要先热敷还是先冷敷？",
  "qw|扭伤后冷敷要敷多久？",
  "tns|扭伤三天后要冷敷还是热敷？",
  "syn|崴脚以后应该先冰敷还是先热敷？",
  "par|扭伤后要先冷敷还是先热敷呢？")
G("health", "拔智齿需要多长时间才能恢复？",
  "syn|拔完智齿要多久才能恢复？",
  "act|拔智齿需要多长时间才能拔完？",
  "qw|拔智齿需要多少钱？",
  "obj|补牙需要多长时间才能恢复？",
  "frm|智齿拔掉后恢复需要多长时间？")
G("health", "我妈的血型是O型，能给我输血吗？",
  "dir|我的血型是O型，我妈能给我输血吗？",
  "ent|我妈的血型是AB型，能给我输血吗？",
  "syn|我母亲是O型血，可以给我输血吗？",
  "frm|我妈的血型是O型，有没有可能给我输血？",
  "neg|我妈的血型不是O型，能给我输血吗？")
# ---------------------------------------------------------------- programming (zh)
G("programming", "Python里怎么把字典转成JSON字符串？",
  "dir|Python里怎么把JSON字符串转成字典？",
  "voc|Python里字典怎么转成JSON字符串？",
  "syn|在Python中如何将dict序列化为JSON字符串？",
  "ent|Go里怎么把字典转成JSON字符串？",
  "qw|Python里把字典转成JSON字符串为什么中文乱码？")
G("programming", "先跑数据库迁移再部署新版本，还是先部署再迁移？",
  "wo|先部署新版本再跑数据库迁移，还是先迁移再部署？",
  "syn|应该先执行数据库迁移再上线新版本，还是反过来？",
  "act|先回滚数据库迁移再部署新版本，还是先部署再回滚？",
  "qw|数据库迁移失败了怎么办？",
  "obj|先跑单元测试再部署新版本，还是先部署再测试？")
G("programming", "Git里怎么把develop分支合并到main分支？",
  "dir|Git里怎么把main分支合并到develop分支？",
  "voc|Git里develop分支怎么合并到main分支？",
  "act|Git里怎么把develop分支变基到main分支？",
  "syn|Git中如何将develop分支merge进main分支？",
  "qw|Git里把develop分支合并到main分支为什么会冲突？")
G("programming", "父组件的数据被子组件改了，怎么排查？",
  "voc|子组件把父组件的数据改了，怎么排查？",
  "pas|子组件的数据被父组件改了，怎么排查？",
  "syn|子组件修改了父组件的数据，该怎样排查？",
  "qw|父组件的数据被子组件改了，为什么会这样？",
  "neg|父组件的数据没被子组件改，怎么排查？")
G("programming", "JavaScript里a -= 5和a = a - 5一样吗？",
  "wo|JavaScript里a = a - 5和a -= 5一样吗？",
  "op|JavaScript里a += 5和a = a - 5一样吗？",
  "dir|JavaScript里a -= 5和a = 5 - a一样吗？",
  "par|JavaScript里a -= 5和a = a - 5一样不一样？",
  "ent|C语言里a -= 5和a = a - 5一样吗？")
G("programming", "Docker容器能访问宿主机上MySQL的端口吗？",
  "dir|宿主机能访问Docker容器里MySQL的端口吗？",
  "frm|Docker容器有没有办法访问宿主机上MySQL的端口？",
  "syn|Docker容器可以连到宿主机上MySQL的端口吗？",
  "qw|Docker容器怎么访问宿主机上MySQL的端口？",
  "qual|Docker容器在Mac上能访问宿主机上MySQL的端口吗？")
G("programming", "我以前用Vue 2写的项目，现在怎么升级到Vue 3？",
  "dir|我以前用Vue 3写的项目，现在怎么降级到Vue 2？",
  "syn|之前用Vue 2开发的项目，如今要怎样升级到Vue 3？",
  "qw|我以前用Vue 2写的项目，为什么要升级到Vue 3？",
  "wo|怎么把我以前用Vue 2写的项目升级到Vue 3？",
  "ent|我以前用Angular写的项目，现在怎么升级到Vue 3？")
G("programming", "MySQL里怎么创建一个只读用户？",
  "act|MySQL里怎么删除一个只读用户？",
  "qual|MySQL里怎么创建一个用户？",
  "syn|MySQL中如何新建一个只有读权限的账号？",
  "pol|请问MySQL里怎么创建一个只读用户？",
  "ent|Redis里怎么创建一个只读用户？")
G("programming", "Java里int转String和String转int分别怎么写？",
  "wo|Java里String转int和int转String分别怎么写？",
  "qual|Java里int转String怎么写？",
  "ent|Java里long转String和String转long分别怎么写？",
  "syn|Java中整型和字符串互相转换分别怎么写？",
  "qw|Java里int转String和String转int哪个更快？")
G("programming", "我组长的导师给我提了代码审查意见，要听吗？",
  "pos|我导师的组长给我提了代码审查意见，要听吗？",
  "syn|我组长的师傅给我的代码提了评审意见，要采纳吗？",
  "qw|我组长的导师给我提了代码审查意见，怎么回复？",
  "pol|想问下，我组长的导师给我提了代码审查意见，要听吗？",
  "act|我组长的导师驳回了我的代码，要听吗？")
G("programming", "Linux里怎么把文件从服务器拷到本地？",
  "dir|Linux里怎么把文件从本地拷到服务器？",
  "syn|Linux下如何将服务器上的文件复制到本机？",
  "wo|Linux里文件怎么从服务器拷到本地？",
  "act|Linux里怎么把文件从服务器删掉？",
  "qw|Linux里把文件从服务器拷到本地为什么很慢？")
G("programming", "Python里列表比元组占内存多吗？",
  "wo|Python里元组比列表占内存少吗？",
  "dir|Python里元组比列表占内存多吗？",
  "op|Python里列表比元组占内存少吗？",
  "qw|Python里列表比元组多占多少内存？",
  "syn|Python的list是不是比tuple更占内存？")

# ---------------------------------------------------------------- school (zh)
G("school", "要先修完高数才能选线性代数吗？",
  "dir|要先修完线性代数才能选高数吗？",
  "syn|选线性代数之前必须先学完高数吗？",
  "wo|线性代数要先修完高数才能选吗？",
  "act|要先考完高数才能选线性代数吗？",
  "qw|要先修完高数才能选线性代数，为什么？")
G("school", "我女儿的家教的孩子跟我女儿同班，需要避嫌吗？",
  "pos|我家教的女儿的孩子跟我女儿同班，需要避嫌吗？",
  "syn|给我女儿上课的家教，他的孩子和我女儿一个班，要避嫌吗？",
  "wo|跟我女儿同班的是我女儿家教的孩子，需要避嫌吗？",
  "act|我女儿的家教的孩子跟我女儿同桌，需要避嫌吗？",
  "qw|我女儿的家教的孩子跟我女儿同班，怎么避嫌？")
G("school", "同学抄了我的作业，我也会被处分吗？",
  "dir|我抄了同学的作业，我也会被处分吗？",
  "voc|我的作业被同学抄了，我也会被处分吗？",
  "syn|同学照抄了我的作业，我会不会一起受处分？",
  "neg|同学没抄我的作业，我也会被处分吗？",
  "qw|同学抄了我的作业，老师怎么发现的？")
G("school", "这学期的学费比上学期贵吗？",
  "wo|上学期的学费比这学期便宜吗？",
  "dir|上学期的学费比这学期贵吗？",
  "op|这学期的学费比上学期便宜吗？",
  "qw|这学期的学费比上学期贵多少？",
  "par|这学期的学费比上学期贵不贵啊？")
G("school", "以优秀成绩毕业需要绩点多少？",
  "qual|毕业需要绩点多少？",
  "syn|想要优秀毕业，绩点得达到多少？",
  "act|以优秀成绩保研需要绩点多少？",
  "qw|以优秀成绩毕业有什么好处？",
  "pol|请问以优秀成绩毕业需要绩点多少？")
G("school", "老师给家长发的通知，家长要回复吗？",
  "dir|家长给老师发的通知，老师要回复吗？",
  "syn|老师发给家长的通知，家长需要回复吗？",
  "qw|老师给家长发的通知，家长怎么回复？",
  "par|老师给家长发的通知，家长要不要回复呀？",
  "act|老师给家长发的通知，家长要转发吗？")
G("school", "去年报名的补习班，今年还能退费吗？",
  "tns|今年报名的补习班，明年还能退费吗？",
  "syn|补习班是去年报的，今年还可以退钱吗？",
  "act|去年报名的补习班，今年还能续费吗？",
  "wo|今年还能退去年报名的补习班的费吗？",
  "qw|去年报名的补习班，今年能退多少费？")
G("school", "家教一次课教两个孩子，收一个人的钱可以吗？",
  "nw|家教一次课教2个孩子，收1个人的钱可以吗？",
  "syn|家教一节课同时带两个孩子，只收一份钱行吗？",
  "dir|家教一次课教一个孩子，收两个人的钱可以吗？",
  "qw|家教一次课教两个孩子，收多少钱合适？",
  "par|家教一次课教两个孩子，收一个人的钱可以吧？")
G("school", "我的论文被导师退回来了，要重新写吗？",
  "voc|导师把我的论文退回来了，要重新写吗？",
  "pas|导师的论文被我退回来了，要重新写吗？",
  "act|我的论文被导师通过了，要重新写吗？",
  "syn|导师退回了我的论文，需要重写吗？",
  "qw|我的论文被导师退回来了，为什么？")
G("school", "期末考试前还是期末考试后交选课表？",
  "wo|期末考试后还是期末考试前交选课表？",
  "obj|期中考试前还是期中考试后交选课表？",
  "syn|选课表是在期末考试之前交还是之后交？",
  "qw|期末考试前交选课表交到哪里？",
  "act|期末考试前还是期末考试后改选课表？")

# ---------------------------------------------------------------- travel (zh)
G("travel", "从上海到杭州的高铁比大巴贵吗？",
  "wo|从上海到杭州的大巴比高铁便宜吗？",
  "dir|从上海到杭州的大巴比高铁贵吗？",
  "op|从上海到杭州的高铁比大巴便宜吗？",
  "syn|上海去杭州，高铁票价比大巴高吗？",
  "qw|从上海到杭州的高铁比大巴贵多少？")
G("travel", "我的行李被航空公司弄丢了，怎么索赔？",
  "voc|航空公司把我的行李弄丢了，怎么索赔？",
  "syn|航空公司丢了我的行李，该如何索赔？",
  "act|我的行李被航空公司弄坏了，怎么索赔？",
  "qw|我的行李被航空公司弄丢了，能赔多少？",
  "pas|航空公司的行李被我弄丢了，怎么索赔？")
G("travel", "机票能从周五改到周日吗？",
  "qual|特价机票能从周五改到周日吗？",
  "ent|火车票能从周五改到周日吗？",
  "syn|机票可以从周五改签到周日吗？",
  "qw|机票从周五改到周日要多少钱？",
  "par|机票能不能从周五改到周日呀？")
G("travel", "去日本转机需要签证吗？",
  "qual|去日本转机出机场需要签证吗？",
  "syn|在日本中转要办签证吗？",
  "ent|去韩国转机需要签证吗？",
  "act|去日本留学需要签证吗？",
  "pol|请问去日本转机需要签证吗？")
G("travel", "再过三天就出发了，护照还能加急办吗？",
  "tns|三天前就出发了，护照还能加急办吗？",
  "nw|再过3天就出发了，护照还能加急办吗？",
  "syn|还有三天就要出发，护照还来得及加急办理吗？",
  "obj|再过三天就出发了，签证还能加急办吗？",
  "qw|再过三天就出发了，护照加急办要多少钱？")
G("travel", "人民币换泰铢在国内换划算还是在泰国换划算？",
  "dir|泰铢换人民币在国内换划算还是在泰国换划算？",
  "wo|人民币换泰铢在泰国换划算还是在国内换划算？",
  "syn|人民币兑泰铢，国内换和泰国换哪个更划算？",
  "ent|人民币换越南盾在国内换划算还是在越南换划算？",
  "qw|人民币换泰铢在泰国哪里换？")
G("travel", "酒店把我的预订取消了，能要求赔偿吗？",
  "voc|我的预订被酒店取消了，能要求赔偿吗？",
  "dir|我把酒店的预订取消了，酒店能要求赔偿吗？",
  "syn|酒店擅自取消了我的订房，可以索赔吗？",
  "qw|酒店把我的预订取消了，能赔多少？",
  "act|酒店把我的预订改了，能要求赔偿吗？")
G("travel", "从成田机场到新宿坐什么最方便？",
  "wo|成田机场到新宿坐什么最方便？",
  "sym|从新宿到成田机场坐什么最方便？",
  "qw|从成田机场到新宿坐车要多久？",
  "syn|成田机场去新宿，哪种交通方式最方便？",
  "ent|从羽田机场到新宿坐什么最方便？")
G("travel", "同行的朋友能用我的贵宾厅权益吗？",
  "frm|同行的朋友有没有可能用我的贵宾厅权益？",
  "num|同行的三个朋友能用我的贵宾厅权益吗？",
  "qual|我不在的时候，同行的朋友能用我的贵宾厅权益吗？",
  "syn|一起出行的朋友可以使用我的机场贵宾厅权益吗？",
  "qw|同行的朋友用我的贵宾厅权益要多少钱？")
# ---------------------------------------------------------------- telecom (zh)
G("telecom", "怎么把我的流量转赠给我爸的号码？",
  "qual|怎么把我的流量转赠给我爸的异网号码？",
  "syn|如何把我的流量送给我爸的手机号？",
  "act|怎么把我爸的号码加到我的共享流量里？",
  "qw|我的流量能转赠给我爸的号码多少？",
  "pol|请问怎么把我的流量转赠给我爸的号码？")
G("telecom", "携号转网从移动转到联通要多久？",
  "act|携号转网从移动转到联通后多久能转回来？",
  "wo|携号转网从移动转联通要多久？",
  "qw|携号转网从移动转到联通要多少钱？",
  "syn|移动号码转到联通网络需要多长时间？",
  "neg|携号转网从移动转到联通为什么转不了？")
G("telecom", "我已经开通了国际漫游，出国还要再设置吗？",
  "tns|我还没开通国际漫游，出国还要再设置吗？",
  "act|我已经取消了国际漫游，出国还要再设置吗？",
  "syn|国际漫游我已经开好了，出国后还需要设置吗？",
  "wo|出国还要再设置吗？我已经开通了国际漫游。",
  "qw|我已经开通了国际漫游，出国怎么收费？")
G("telecom", "宽带合约期内能取消吗？",
  "qual|宽带能取消吗？",
  "act|宽带合约期内能提速吗？",
  "syn|宽带在合约期还没到的时候可以退订吗？",
  "qw|宽带合约期内取消要赔多少违约金？",
  "par|宽带合约期内能不能取消啊？")
G("telecom", "这个套餐去年每月五十九，现在怎么涨到七十九了？",
  "nw|这个套餐去年每月59，现在怎么涨到79了？",
  "dir|这个套餐去年每月七十九，现在怎么降到五十九了？",
  "tns|这个套餐现在每月五十九，明年会涨到七十九吗？",
  "syn|这个套餐去年一个月59元，今年为什么变成79元了？",
  "qw|这个套餐去年每月五十九，现在涨到七十九，能投诉到哪里？")
G("telecom", "5G月租套餐比4G月租套餐贵吗？",
  "wo|4G月租套餐比5G月租套餐便宜吗？",
  "dir|4G月租套餐比5G月租套餐贵吗？",
  "op|5G月租套餐比4G月租套餐便宜吗？",
  "qw|5G月租套餐比4G月租套餐贵多少？",
  "syn|5G的月租套餐价格是不是比4G高？")
G("telecom", "我的号码被运营商停机了，怎么恢复？",
  "voc|运营商把我的号码停机了，怎么恢复？",
  "syn|运营商停了我的号，怎样复机？",
  "act|我的号码被运营商注销了，怎么恢复？",
  "qw|我的号码被运营商停机了，为什么？",
  "par|我的号码被运营商停机了，怎么恢复呀？")
G("telecom", "境外接听电话收费吗？",
  "qual|接听电话收费吗？",
  "act|境外拨打电话收费吗？",
  "wo|接听电话在境外收费吗？",
  "qw|境外接听电话每分钟多少钱？",
  "syn|在国外接电话要钱吗？")
G("telecom", "副卡能用主卡的流量吗？",
  "dir|主卡能用副卡的流量吗？",
  "frm|副卡有没有可能用主卡的流量？",
  "syn|副卡可以共享主卡的流量吗？",
  "qw|副卡能用主卡多少流量？",
  "act|副卡能取消主卡的流量吗？")

# ---------------------------------------------------------------- hr-work (zh)
G("hr-work", "我经理的助理给我发了调岗通知，算数吗？",
  "pos|我助理的经理给我发了调岗通知，算数吗？",
  "syn|经理的助理给我发了调岗的通知，有效吗？",
  "act|我经理的助理给我发了辞退通知，算数吗？",
  "pol|请问，我经理的助理给我发了调岗通知，算数吗？",
  "qw|我经理的助理给我发了调岗通知，怎么回复？")
G("hr-work", "同事替我值了班，工资算谁的？",
  "sym|我替同事值了班，工资算谁的？",
  "syn|同事帮我顶了班，这班的工资归谁？",
  "qw|同事替我值了班，工资怎么算？",
  "act|同事替我请了假，工资算谁的？",
  "par|同事替我值了班，工资算谁的呢？")
G("hr-work", "夜班工资比白班高吗？",
  "wo|白班工资比夜班低吗？",
  "dir|白班工资比夜班高吗？",
  "op|夜班工资比白班低吗？",
  "qw|夜班工资比白班高多少？",
  "par|夜班工资比白班高不高？")
G("hr-work", "公司少发了我上个月的加班费，怎么办？",
  "voc|我上个月的加班费被公司少发了，怎么办？",
  "tns|公司会少发我下个月的加班费，怎么办？",
  "op|公司多发了我上个月的加班费，怎么办？",
  "syn|上个月的加班费公司没给我发够，该怎么办？",
  "qw|公司少发了我上个月的加班费，去哪里投诉？")
G("hr-work", "试用期算不算在年假的工龄里？",
  "syn|试用期计入年假的工龄吗？",
  "obj|试用期算不算在社保的缴费年限里？",
  "qual|延长的试用期算不算在年假的工龄里？",
  "neg|试用期为什么不算在年假的工龄里？",
  "par|试用期到底算不算在年假的工龄里啊？")
G("hr-work", "我已经提了离职，还要参加年终考核吗？",
  "tns|我还没提离职，还要参加年终考核吗？",
  "act|我已经被辞退了，还要参加年终考核吗？",
  "syn|离职申请我已经交了，年终考核还得参加吗？",
  "obj|我已经提了离职，还要参加团建吗？",
  "wo|年终考核我还要参加吗？我已经提了离职。")
G("hr-work", "先签劳动合同再入职体检，还是先体检再签合同？",
  "wo|先入职体检再签劳动合同，还是先签合同再体检？",
  "obj|先签劳动合同再办社保，还是先办社保再签合同？",
  "syn|劳动合同和入职体检，哪个应该先做？",
  "qw|入职体检要花多少钱？",
  "act|先解除劳动合同再入职体检，还是先体检再解除合同？")
G("hr-work", "老板让我替他向客户道歉，合理吗？",
  "dir|老板让我替客户向他道歉，合理吗？",
  "syn|老板要我代替他给客户道歉，这合理吗？",
  "qw|老板让我替他向客户道歉，我该怎么说？",
  "act|老板让我替他向客户催款，合理吗？",
  "pol|想请教，老板让我替他向客户道歉，合理吗？")
G("hr-work", "以前公司给交住房公积金，现在不交了，合法吗？",
  "tns|现在公司给交住房公积金，以后不交了，合法吗？",
  "obj|以前公司给交社保，现在不交了，合法吗？",
  "syn|公司之前一直缴公积金，现在停缴了，这合法吗？",
  "qw|以前公司给交住房公积金，现在不交了，怎么投诉？",
  "dir|以前公司不交住房公积金，现在交了，合法吗？")
G("hr-work", "人事审批远程办公申请一般要多久？",
  "syn|人事批远程办公申请通常需要几天？",
  "act|人事驳回远程办公申请一般要多久？",
  "qual|人事审批长期远程办公申请一般要多久？",
  "qw|人事审批远程办公申请要什么材料？",
  "voc|远程办公申请被人事审批一般要多久？")

# ---------------------------------------------------------------- legal-housing (zh)
G("legal-housing", "房东欠我室友押金，室友能从房租里扣吗？",
  "dir|室友欠房东押金，室友能从房租里扣吗？",
  "syn|房东还欠着我室友的押金，室友可以直接抵扣房租吗？",
  "qw|房东欠我室友押金，室友该怎么要回来？",
  "act|房东扣了我室友押金，室友能从房租里扣吗？",
  "pol|麻烦问下，房东欠我室友押金，室友能从房租里扣吗？")
G("legal-housing", "房东不提前通知就进屋，合法吗？",
  "neg|房东提前通知了再进屋，合法吗？",
  "frm|房东可不可以不提前通知就进屋？",
  "dir|租客不提前通知就进房东家，合法吗？",
  "qual|房东不提前通知就进屋修水管，合法吗？",
  "syn|房东没打招呼直接进出租屋，这合法吗？")
G("legal-housing", "我把房子转租给表弟，要房东同意吗？",
  "obj|我把车位转租给表弟，要房东同意吗？",
  "voc|房子被我转租给表弟，要房东同意吗？",
  "syn|我想把租的房转租给表弟，需要经过房东同意吗？",
  "act|我把房子借给表弟住，要房东同意吗？",
  "qw|我把房子转租给表弟，要怎么签合同？")
G("legal-housing", "邻居家的狗咬了我家的孩子，谁负责？",
  "dir|我家的狗咬了邻居家的孩子，谁负责？",
  "voc|我家的孩子被邻居家的狗咬了，谁负责？",
  "pas|邻居家的孩子被我家的狗咬了，谁负责？",
  "syn|邻居养的狗把我孩子咬伤了，责任归谁？",
  "qw|邻居家的狗咬了我家的孩子，能赔多少？")
G("legal-housing", "买房签了合同后卖家能反悔吗？",
  "tns|买房签合同前卖家能反悔吗？",
  "dir|买房签了合同后买家能反悔吗？",
  "syn|购房合同签了之后，卖方还能毁约吗？",
  "qw|买房签了合同后卖家反悔要赔多少？",
  "par|买房签了合同后卖家能不能反悔呀？")
G("legal-housing", "我前夫的律师给我妹妹寄了律师函，她要理会吗？",
  "pos|我妹妹的律师给我前夫寄了律师函，她要理会吗？",
  "voc|我妹妹收到了我前夫的律师寄来的律师函，她要理会吗？",
  "syn|我前夫的律师向我妹妹发了律师函，她需要回应吗？",
  "qw|我前夫的律师给我妹妹寄了律师函，她多久内要回复？",
  "act|我前夫的律师给我妹妹打了电话，她要理会吗？")
G("legal-housing", "房租涨幅比合同约定的高，能拒绝吗？",
  "wo|合同约定的涨幅比房租涨幅低，能拒绝吗？",
  "op|房租涨幅比合同约定的低，能拒绝吗？",
  "syn|房东涨租超过了合同里约定的幅度，我可以拒绝吗？",
  "qw|房租涨幅比合同约定的高，去哪里投诉？",
  "neg|房租涨幅没比合同约定的高，能拒绝吗？")
G("legal-housing", "租客被房东赶出去了，押金能要回来吗？",
  "voc|房东把租客赶出去了，押金能要回来吗？",
  "pas|房东被租客赶出去了，押金能要回来吗？",
  "syn|房东强行让租客搬走，押金可以拿回吗？",
  "tns|租客会被房东赶出去，押金能要回来吗？",
  "qw|租客被房东赶出去了，押金多久能要回来？")
# ---------------------------------------------------------------- cooking (zh)
G("cooking", "炒青菜先放盐还是先放蒜？",
  "wo|炒青菜先放蒜还是先放盐？",
  "obj|炒青菜先放盐还是先放酱油？",
  "syn|炒青菜时，盐和蒜哪个先下锅？",
  "qw|炒青菜放多少盐？",
  "ent|炖排骨先放盐还是先放蒜？")
G("cooking", "三汤匙蜂蜜是多少克？",
  "dir|三克蜂蜜是多少汤匙？",
  "nw|3汤匙蜂蜜是多少克？",
  "obj|三汤匙白糖是多少克？",
  "num|三茶匙蜂蜜是多少克？",
  "syn|三大勺蜂蜜大概有几克？")
G("cooking", "做蛋糕能用黄油代替植物油吗？",
  "dir|做蛋糕能用植物油代替黄油吗？",
  "frm|做蛋糕有没有可能用黄油代替植物油？",
  "syn|做蛋糕时植物油可以换成黄油吗？",
  "qw|做蛋糕用黄油代替植物油要放多少？",
  "obj|做面包能用黄油代替植物油吗？")
G("cooking", "把牛肉放进冰箱冷冻之前要先腌吗？",
  "voc|牛肉放进冰箱冷冻之前要先腌吗？",
  "op|把牛肉从冰箱拿出来解冻之后要先腌吗？",
  "syn|牛肉冻进冰箱前需要提前腌制吗？",
  "qw|把牛肉放进冰箱能冷冻多久？",
  "obj|把鸡翅放进冰箱冷冻之前要先腌吗？")
G("cooking", "剩米饭在冰箱里能放三天吗？",
  "nw|剩米饭在冰箱里能放3天吗？",
  "num|剩米饭在冰箱里能放十天吗？",
  "qual|剩米饭在常温下能放三天吗？",
  "qw|剩米饭在冰箱里能放多久？",
  "par|剩米饭在冰箱里能不能放三天啊？")
G("cooking", "用烤箱烤鸡翅，一百八十度比两百度要烤得久吗？",
  "wo|用烤箱烤鸡翅，两百度比一百八十度要烤得短吗？",
  "dir|用烤箱烤鸡翅，两百度比一百八十度要烤得久吗？",
  "nw|用烤箱烤鸡翅，180度比200度要烤得久吗？",
  "qw|用烤箱烤鸡翅，一百八十度要烤多久？",
  "op|用烤箱烤鸡翅，一百八十度比两百度要烤得短吗？")
G("cooking", "以前用鲜酵母发面，现在换成干酵母要放多少？",
  "dir|以前用干酵母发面，现在换成鲜酵母要放多少？",
  "syn|之前一直用鲜酵母和面，改用干酵母的话用量是多少？",
  "qw|以前用鲜酵母发面，现在换成干酵母为什么发不起来？",
  "obj|以前用鲜酵母发面，现在换成泡打粉要放多少？",
  "wo|现在换成干酵母要放多少？以前用的是鲜酵母发面。")
G("cooking", "冷冻虾仁放冷水里解冻要多久？",
  "syn|冻虾仁泡冷水化冻需要多长时间？",
  "qual|冷冻虾仁解冻要多久？",
  "obj|冷冻排骨放冷水里解冻要多久？",
  "qw|冷冻虾仁为什么要放冷水里解冻？",
  "voc|冷冻虾仁被放进冷水里解冻要多久？")
G("cooking", "婆婆做的红烧肉比我做的甜，是因为放了冰糖吗？",
  "wo|我做的红烧肉没有婆婆做的甜，是因为她放了冰糖吗？",
  "dir|我做的红烧肉比婆婆做的甜，是因为放了冰糖吗？",
  "syn|婆婆烧的红烧肉比我的更甜，是不是因为加了冰糖？",
  "obj|婆婆做的红烧肉比我做的甜，是因为放了老抽吗？",
  "qw|婆婆做的红烧肉比我做的甜，要放多少冰糖？")
G("cooking", "炖汤时先放盐会让肉变硬吗？",
  "op|炖汤时后放盐会让肉变硬吗？",
  "syn|煲汤的时候早放盐，肉会不会变柴？",
  "qw|炖汤时先放盐为什么会让肉变硬？",
  "obj|炖汤时先放醋会让肉变硬吗？",
  "par|炖汤时先放盐会让肉变硬吧？")

# ---------------------------------------------------------------- math (zh)
G("math", "六十四的百分之十五是多少？",
  "nw|64的15%是多少？",
  "qw|十五是六十四的百分之几？",
  "op|比六十四多百分之十五是多少？",
  "num|六十四的百分之二十五是多少？",
  "syn|六十四乘以百分之十五等于几？")
G("math", "五十减十四等于几？",
  "dir|十四减五十等于几？",
  "nw|50减14等于几？",
  "op|五十加十四等于几？",
  "syn|从五十里减去十四还剩多少？",
  "num|五十减四十一等于几？")
G("math", "九十六除以十二等于多少？",
  "dir|十二除以九十六等于多少？",
  "syn|用九十六除以十二等于多少？",
  "nw|96除以12等于多少？",
  "op|九十六乘以十二等于多少？",
  "qw|九十六除以十二余数是多少？")
G("math", "负九比负四大吗？",
  "wo|负四比负九小吗？",
  "dir|负四比负九大吗？",
  "op|九比负四大吗？",
  "nw|-9比-4大吗？",
  "qw|负九比负四小多少？")
G("math", "3.5公里等于多少英里？",
  "dir|3.5英里等于多少公里？",
  "nw|三点五公里等于多少英里？",
  "syn|3.5千米换算成英里是多少？",
  "obj|3.5公里等于多少码？",
  "num|35公里等于多少英里？")
G("math", "七分之五比零点七大吗？",
  "wo|零点七比七分之五小吗？",
  "dir|零点七比七分之五大吗？",
  "op|七分之五比零点七小吗？",
  "nw|5/7比0.7大吗？",
  "qw|七分之五比零点七大多少？")
G("math", "一个数加六再乘二等于三十，这个数是几？",
  "dir|一个数乘二再加六等于三十，这个数是几？",
  "nw|一个数加6再乘2等于30，这个数是几？",
  "op|一个数减六再乘二等于三十，这个数是几？",
  "syn|某数与六的和的两倍是三十，求这个数。",
  "num|一个数加六再乘二等于四十，这个数是几？")
G("math", "十八和二十四的最小公倍数是多少？",
  "sym|二十四和十八的最小公倍数是多少？",
  "obj|十八和二十四的最大公约数是多少？",
  "nw|18和24的最小公倍数是多少？",
  "num|十八和二十七的最小公倍数是多少？",
  "qw|十八和二十四的最小公倍数怎么求？")
G("math", "二的七次方是多少？",
  "dir|七的二次方是多少？",
  "nw|2的7次方是多少？",
  "op|二乘七是多少？",
  "syn|2^7等于几？",
  "num|二的八次方是多少？")
G("math", "阿杰比小雨高，小雨比老周高，谁最矮？",
  "wo|小雨比阿杰矮，老周比小雨矮，谁最矮？",
  "dir|小雨比阿杰高，老周比小雨高，谁最矮？",
  "op|阿杰比小雨高，小雨比老周高，谁最高？",
  "syn|阿杰高于小雨，小雨高于老周，三人中谁最矮？",
  "num|阿杰比小雨高，小雨比老周高，有几个人比老周高？")
G("math", "半径三的圆比边长五的正方形面积大吗？",
  "wo|边长五的正方形比半径三的圆面积小吗？",
  "dir|边长五的正方形比半径三的圆面积大吗？",
  "nw|半径3的圆比边长5的正方形面积大吗？",
  "obj|半径三的圆比边长五的正方形周长大吗？",
  "qw|半径三的圆比边长五的正方形面积大多少？")
G("math", "原价一百打八折再减二十是多少？",
  "dir|原价一百先减二十再打八折是多少？",
  "nw|原价100打8折再减20是多少？",
  "num|原价一百打七折再减二十是多少？",
  "syn|一百元的东西先八折，然后再便宜二十，最后多少钱？",
  "op|原价一百打八折再加二十是多少？")
# ---------------------------------------------------------------- more (zh)
G("banking", "我的车被他撞了，他的保险能赔我的修车费吗？",
  "voc|他把我的车撞了，他的保险能赔我的修车费吗？",
  "wo|他撞了我的车，他的保险能赔我的修车费吗？",
  "pas|他的车被我撞了，他的保险能赔我的修车费吗？",
  "dir|我的车被他撞了，我的保险能赔他的修车费吗？",
  "qw|我的车被他撞了，他的保险多久能赔我的修车费？")
G("banking", "我妻子能用她的卡从我的账户取钱吗？",
  "frm|我妻子有没有办法用她的卡从我的账户取钱？",
  "act|我妻子能用她的卡往我的账户存钱吗？",
  "syn|我老婆能拿她自己的银行卡取我账户里的钱吗？",
  "qw|我妻子用她的卡从我的账户取钱要什么手续？",
  "qual|我妻子能用她的卡从我的账户在境外取钱吗？")
G("health", "医生说我的胆固醇比去年高了，要吃药吗？",
  "wo|医生说我去年的胆固醇比现在低，要吃药吗？",
  "op|医生说我的胆固醇比去年低了，要吃药吗？",
  "tns|医生说我的胆固醇明年会比今年高，要吃药吗？",
  "syn|大夫说我胆固醇比去年升高了，需要服药吗？",
  "qw|医生说我的胆固醇比去年高了，要吃什么药？")
G("programming", "把时间戳转成日期字符串用哪个函数？",
  "dir|把日期字符串转成时间戳用哪个函数？",
  "wo|时间戳转成日期字符串用哪个函数？",
  "syn|时间戳格式化成日期字符串该调用什么函数？",
  "qw|把时间戳转成日期字符串为什么差了八小时？",
  "qual|在JavaScript里把时间戳转成日期字符串用哪个函数？")
G("school", "我儿子的老师的车停在我家门口，能叫拖车吗？",
  "pos|我老师的儿子的车停在我家门口，能叫拖车吗？",
  "syn|我儿子班主任的车停在我家门口，可以叫拖车拖走吗？",
  "wo|停在我家门口的是我儿子的老师的车，能叫拖车吗？",
  "act|我儿子的老师的车停在我家门口，能贴条吗？",
  "qw|我儿子的老师的车停在我家门口，怎么跟他说？")
G("travel", "从北京飞广州比坐高铁快多少？",
  "wo|从北京到广州坐高铁比飞机慢多少？",
  "dir|从北京坐高铁到广州比飞快多少？",
  "syn|北京到广州，坐飞机比坐高铁能省多少时间？",
  "qw|从北京飞广州比坐高铁贵多少？",
  "ent|从北京飞深圳比坐高铁快多少？")
G("telecom", "运营商把我的宽带降速了，能投诉吗？",
  "voc|我的宽带被运营商降速了，能投诉吗？",
  "wo|我的宽带，运营商给降速了，能投诉吗？",
  "act|运营商把我的宽带断了，能投诉吗？",
  "qw|运营商把我的宽带降速了，去哪里投诉？",
  "par|运营商把我的宽带降速了，能不能投诉啊？")
G("hr-work", "我跟同事借了两千块，公司会管吗？",
  "qual|我跟同事借了两千块一直没还，公司会管吗？",
  "nw|我跟同事借了2000块，公司会管吗？",
  "syn|我向同事借了两千元，公司会过问吗？",
  "act|我跟同事赌了两千块，公司会管吗？",
  "qw|我跟同事借了两千块，怎么写借条？")
G("legal-housing", "房东把我的东西扔了，我能报警吗？",
  "voc|我的东西被房东扔了，我能报警吗？",
  "pas|房东的东西被我扔了，我能报警吗？",
  "syn|房东擅自扔掉了我的物品，可以报警吗？",
  "act|房东把我的东西锁了，我能报警吗？",
  "qw|房东把我的东西扔了，能让他赔多少？")
G("math", "二十除以五再加三等于几？",
  "dir|二十加三再除以五等于几？",
  "nw|20除以5再加3等于几？",
  "op|二十乘以五再加三等于几？",
  "syn|先算二十除以五，然后加三，结果是多少？",
  "num|二十除以四再加三等于几？")
G("banking", "把五百美元换成人民币能换多少？",
  "dir|把五百人民币换成美元能换多少？",
  "nw|把500美元换成人民币能换多少？",
  "voc|五百美元换成人民币能换多少？",
  "ent|把五百欧元换成人民币能换多少？",
  "qw|把五百美元换成人民币去哪里换？")
G("health", "我被蜜蜂蛰了，要去医院吗？",
  "voc|蜜蜂把我蛰了，要去医院吗？",
  "wo|蜜蜂蛰了我，要去医院吗？",
  "ent|我被马蜂蛰了，要去医院吗？",
  "qual|我对蜂毒过敏，被蜜蜂蛰了，要去医院吗？",
  "qw|我被蜜蜂蛰了，怎么处理？")

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
        group = f"x19-{index:03d}"
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
                # only a changed or moved sign, symbol or decimal point may leave the normalised text unchanged
                assert code in ("op", "sym", "wo", "dir", "num"), (group, b)
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
    path = os.path.join(here, "..", "extra-19.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
