#!/usr/bin/env python3
"""Literal data for dev-extra-8.jsonl (semantic-cache question pairs, dev split only).

    python3 Benchmarks/data/cache-pairs/tools/dev_extra_8_data.py

A precision-oriented set: about 70% of the pairs are `false` near-misses that share almost every word with the
stored question `a` (often only one or two tokens differ, or the same words stand in another arrangement), so that a
word-alignment checker is tempted to accept them. Classes: direction, role-swap, passive-role, possessive-relation,
attachment, scope, qualifier, category-swap, action, comparative, question-word, modality, tense, number-words,
hidden-negation, person; true pairs: rephrase, reorder, synonym, passive, possessive, politeness, typo-case,
short-form. Each group is one anchor `a` and 3-7 variants `b`, each with a label (True: one complete, correct answer
to `a` fully answers `b`) and a class. Written by a helper that did not read Sources/ or Tests/ and did not run the
verifier. Every record is `"split": "dev"`; group ids are d8-NNN in the order written.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dev-extra-8.jsonl")

T, F = True, False
GROUPS = []


def g(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- English
g("hr-enterprise", "Can my employer deduct the cost of a lost laptop from my salary?",
  ("Can I deduct the cost of a lost laptop from my employer's salary?", F, "role-swap"),
  ("Can my employer deduct the cost of a lost laptop from my final salary?", F, "qualifier"),
  ("Must my employer deduct the cost of a lost laptop from my salary?", F, "modality"),
  ("Is my employer allowed to take the cost of a lost laptop out of my pay?", T, "rephrase"),
  ("Can my employer deduct the cost of a lost laptop from my salary in Germany?", F, "qualifier"))
g("banking", "Does my bank charge a fee when I withdraw cash abroad with my debit card?",
  ("Does my bank charge a fee when I withdraw cash abroad with my credit card?", F, "category-swap"),
  ("Does my bank charge a fee when I deposit cash abroad with my debit card?", F, "action"),
  ("Does my bank charge a fee when my daughter withdraws cash abroad with her debit card?", F, "person"),
  ("When I take out cash abroad with my debit card, does my bank charge a fee?", T, "reorder"),
  ("does my bank charge a fee when i withdraw cash abroad w/ my debit card", T, "short-form"))
g("shopping", "Can I get a refund for a cancelled order that was already shipped?",
  ("Can I get a refund for a shipped order that was already cancelled?", F, "attachment"),
  ("Can I get a refund for a cancelled order that was never shipped?", F, "hidden-negation"),
  ("Can I get store credit for a cancelled order that was already shipped?", F, "category-swap"),
  ("Is a refund possible if I cancel an order after it has already shipped?", T, "rephrase"),
  ("Can I get a refund for a cancelled order that was already delivered?", F, "category-swap"))
g("legal", "Can a tenant sue the landlord for not fixing the heating?",
  ("Can a landlord sue the tenant for not fixing the heating?", F, "role-swap"),
  ("Can a tenant be sued by the landlord for not fixing the heating?", F, "passive-role"),
  ("Can the landlord be sued by a tenant for not fixing the heating?", T, "passive"),
  ("Can a tenant sue the landlord for not fixing the heating without a written lease?", F, "qualifier"),
  ("Is it possible for a renter to take the landlord to court because the heating was never repaired?", T, "rephrase"))
g("real-estate", "Do I pay stamp duty when I buy my first home?",
  ("Do I pay stamp duty when I buy a second home?", F, "qualifier"),
  ("Do I pay stamp duty when I sell my first home?", F, "action"),
  ("Do I pay stamp duty when I rent my first home?", F, "action"),
  ("Do I have to pay stamp duty on the purchase of my first home?", T, "rephrase"),
  ("Do I pay stamp duty when I buy my first home in Scotland?", F, "qualifier"))
g("travel", "Is the train from Munich to Vienna faster than the bus?",
  ("Is the bus from Munich to Vienna faster than the train?", F, "role-swap"),
  ("Is the train from Munich to Vienna slower than the bus?", F, "comparative"),
  ("Is the bus from Munich to Vienna slower than the train?", T, "reorder"),
  ("munich to vienna: train faster than bus?", T, "short-form"),
  ("Is the night train from Munich to Vienna faster than the bus?", F, "qualifier"))
g("programming", "How do I convert a list of strings to a list of integers in Python?",
  ("How do I convert a list of integers to a list of strings in Python?", F, "direction"),
  ("How do I convert a list of strings to a list of integers in JavaScript?", F, "category-swap"),
  ("In Python, how can I turn a list of strings into a list of ints?", T, "synonym"),
  ("python: list of str -> list of int?", T, "short-form"),
  ("How do I convert a list of strings to a list of floats in Python?", F, "category-swap"))
g("health", "How long should I wait after eating before I go swimming?",
  ("How long should I wait after swimming before I eat?", F, "direction"),
  ("How long should I wait after drinking before I go swimming?", F, "category-swap"),
  ("After eating, how long should I wait before going for a swim?", T, "reorder"),
  ("How long should I wait after eating before I go running?", F, "category-swap"),
  ("How soon after a meal is it okay to go swimming?", T, "rephrase"))
g("telecom", "Can I keep my phone number if I switch from prepaid to postpaid?",
  ("Can I keep my phone number if I switch from postpaid to prepaid?", F, "direction"),
  ("Will my phone number stay the same if I move from prepaid to postpaid?", T, "rephrase"),
  ("Can I choose a new phone number if I switch from prepaid to postpaid?", F, "action"),
  ("Can I keep my phone number if I switch from prepaid to a business plan?", F, "category-swap"),
  ("Could I keep my phone number when switching from prepaid to postpaid, please?", T, "politeness"))
g("insurance", "Does my car insurance cover damage caused by my son when he drives my car?",
  ("Does my car insurance cover damage caused to my son when he drives my car?", F, "role-swap"),
  ("Does my son's car insurance cover damage caused by me when I drive his car?", F, "possessive-relation"),
  ("Does my car insurance cover damage caused by my son when he drives his own car?", F, "possessive-relation"),
  ("If my son drives my car and damages something, will my car insurance pay for it?", T, "rephrase"),
  ("Does my car insurance cover damage caused by my son-in-law when he drives my car?", F, "category-swap"))
g("cars", "Do I need to change the oil before a long road trip?",
  ("Do I need to change the oil after a long road trip?", F, "comparative"),
  ("Do I need to check the oil before a long road trip?", F, "action"),
  ("Do I need to change the coolant before a long road trip?", F, "category-swap"),
  ("Is an oil change necessary before going on a long road trip?", T, "rephrase"),
  ("Do I need to change the oil before a long road trip in an electric car?", F, "qualifier"))
g("school", "What is twenty divided by four?",
  ("What is twelve divided by four?", F, "number-words"),
  ("What is four divided by twenty?", F, "direction"),
  ("What is 20 divided by 4?", T, "synonym"),
  ("What is twenty divided by forty?", F, "number-words"),
  ("How much is 20 ÷ 4?", T, "rephrase"))
g("banking", "What is the maximum amount I can transfer per day with the mobile app?",
  ("What is the minimum amount I can transfer per day with the mobile app?", F, "comparative"),
  ("What is the maximum amount I can transfer per month with the mobile app?", F, "category-swap"),
  ("What is the maximum amount I can receive per day with the mobile app?", F, "action"),
  ("What's the daily transfer limit in the mobile app?", T, "rephrase"),
  ("What is the maximum amount I can transfer per day without the mobile app?", F, "hidden-negation"),
  ("whats the max i can transfer per day with the mobile app", T, "short-form"))
g("health", "Is it safe to take ibuprofen during the first trimester of pregnancy?",
  ("Is it safe to take ibuprofen during the third trimester of pregnancy?", F, "category-swap"),
  ("Is it safe to take paracetamol during the first trimester of pregnancy?", F, "category-swap"),
  ("Is it safe to stop taking ibuprofen during the first trimester of pregnancy?", F, "action"),
  ("Is ibuprofen safe to take in the first trimester of pregnancy?", T, "reorder"),
  ("is it safe to take ibuprofin during the 1st trimester of pregnancy", T, "typo-case"))
g("programming", "Why does git pull fail when I have uncommitted changes?",
  ("How do I make git pull work when I have uncommitted changes?", F, "question-word"),
  ("Why does git push fail when I have uncommitted changes?", F, "action"),
  ("Why does git pull fail when I have no uncommitted changes?", F, "hidden-negation"),
  ("Why does git pull fail when I have unpushed commits?", F, "category-swap"),
  ("What makes git pull fail if there are uncommitted changes in my working tree?", T, "rephrase"))
g("travel", "Do I need a visa to visit Japan if I have a Canadian passport?",
  ("Do I need a visa to visit Canada if I have a Japanese passport?", F, "role-swap"),
  ("Do I need a visa to work in Japan if I have a Canadian passport?", F, "action"),
  ("Do I need a visa to visit Japan for more than ninety days if I have a Canadian passport?", F, "qualifier"),
  ("With a Canadian passport, do I need a visa to visit Japan?", T, "reorder"),
  ("Will I need a visa to visit Japan if I hold a Canadian passport?", T, "synonym"))
g("customer-service", "How do I cancel my streaming subscription before the free trial ends?",
  ("How do I cancel my streaming subscription after the free trial ends?", F, "comparative"),
  ("How do I pause my streaming subscription before the free trial ends?", F, "action"),
  ("What happens if I cancel my streaming subscription before the free trial ends?", F, "question-word"),
  ("How can I cancel the streaming subscription before my free trial is over?", T, "synonym"),
  ("How do I cancel my husband's streaming subscription before the free trial ends?", F, "person"))
g("school", "Is it true that not all prime numbers are odd?",
  ("Is it true that all prime numbers are not odd?", F, "scope"),
  ("Is it true that all prime numbers are odd?", F, "scope"),
  ("Is it true that not all odd numbers are prime?", F, "role-swap"),
  ("Is it correct that some prime numbers are not odd?", T, "rephrase"),
  ("Is it true that not all prime numbers are even?", F, "category-swap"))
g("hr-enterprise", "Does my manager have to approve my vacation request before I book flights?",
  ("Do I have to approve my manager's vacation request before he books flights?", F, "role-swap"),
  ("Does my manager have to approve my vacation request after I book flights?", F, "comparative"),
  ("Does my manager have to approve my parental leave request before I book flights?", F, "category-swap"),
  ("Must my vacation request be approved by my manager before I book flights?", T, "passive"),
  ("Can my manager approve my vacation request before I book flights?", F, "modality"))
g("cooking", "Can I substitute butter for oil when baking a cake?",
  ("Can I substitute oil for butter when baking a cake?", F, "direction"),
  ("Can I use butter instead of oil when baking a cake?", T, "rephrase"),
  ("Can I use oil instead of butter when baking a cake?", F, "direction"),
  ("Can I substitute butter for oil when frying fish?", F, "category-swap"),
  ("Can I substitute butter for oil when baking a cake at high altitude?", F, "qualifier"))
g("government", "How many days before my passport expires can I renew it?",
  ("How many days after my passport expires can I renew it?", F, "comparative"),
  ("How many days before my passport expires must I renew it?", F, "modality"),
  ("How many days before my child's passport expires can I renew it?", F, "person"),
  ("How early can I renew my passport before it expires?", T, "rephrase"),
  ("How many days does it take to renew my passport before it expires?", F, "question-word"))
g("telecom", "Why is my mobile data slower in the evening than in the morning?",
  ("Why is my mobile data faster in the evening than in the morning?", F, "comparative"),
  ("Why is my mobile data slower in the morning than in the evening?", F, "direction"),
  ("Why is my mobile data faster in the morning than in the evening?", T, "reorder"),
  ("How can I make my mobile data faster in the evening?", F, "question-word"),
  ("why is my mobile data slower in the evening then in the morning", T, "typo-case"))
g("banking", "Can I pay off my mortgage early without a penalty?",
  ("Can I pay off my car loan early without a penalty?", F, "category-swap"),
  ("Can I pay off my mortgage late without a penalty?", F, "comparative"),
  ("Is it possible to repay my mortgage early and not pay a penalty?", T, "rephrase"),
  ("Can I pay off my mortgage early without a penalty after the fixed-rate period?", F, "qualifier"),
  ("Can I pay off my parents' mortgage early without a penalty?", F, "person"))
g("shopping", "Is the blue version of this jacket cheaper than the black one?",
  ("Is the black version of this jacket cheaper than the blue one?", F, "role-swap"),
  ("Is the blue version of this jacket more expensive than the black one?", F, "comparative"),
  ("Is the black version of this jacket more expensive than the blue one?", T, "reorder"),
  ("Is the blue version of this jacket cheaper than the green one?", F, "category-swap"),
  ("Is the blue version of this jacket warmer than the black one?", F, "category-swap"))
g("legal", "Can my ex-husband take our children abroad without my consent?",
  ("Can I take our children abroad without my ex-husband's consent?", F, "role-swap"),
  ("Can my ex-husband take our children abroad with my consent?", F, "hidden-negation"),
  ("Can my ex-husband take our children abroad without my consent for a two-week holiday?", F, "qualifier"),
  ("Is my ex-husband allowed to take our kids out of the country if I don't agree?", T, "rephrase"),
  ("Can my ex-husband move our children abroad without my consent?", F, "action"))
g("programming", "What's the real difference between let and var in JavaScript?",
  ("What's the real difference between let and const in JavaScript?", F, "category-swap"),
  ("What's the real difference between var and let in JavaScript?", T, "reorder"),
  ("What's the real difference between let and var in Swift?", F, "category-swap"),
  ("js: let vs var, what's the difference?", T, "short-form"),
  ("Why is there a real difference between let and var in JavaScript?", F, "question-word"))
g("school", "How many sides does a hexagon have?",
  ("How many diagonals does a hexagon have?", F, "category-swap"),
  ("How many sides does a heptagon have?", F, "category-swap"),
  ("How long is each side of a regular hexagon?", F, "question-word"),
  ("A hexagon has how many sides?", T, "reorder"),
  ("how many sides has a hexagon got", T, "rephrase"))
g("shopping", "Can I return an item after twenty days if I still have the receipt?",
  ("Can I return an item after 12 days if I still have the receipt?", F, "number-words"),
  ("Can I return an item after 20 days if I still have the receipt?", T, "synonym"),
  ("Can I return an item after twenty days if I no longer have the receipt?", F, "hidden-negation"),
  ("Can I exchange an item after twenty days if I still have the receipt?", F, "action"),
  ("Can I return an item after two weeks if I still have the receipt?", F, "number-words"))
g("banking", "Is the interest rate on a 12-month deposit higher than on a 6-month deposit?",
  ("Is the interest rate on a 6-month deposit higher than on a 12-month deposit?", F, "role-swap"),
  ("Is the interest rate on a twelve-month deposit higher than on a six-month one?", T, "rephrase"),
  ("Is the interest rate on a 12-week deposit higher than on a 6-month deposit?", F, "category-swap"),
  ("Was the interest rate on a 12-month deposit higher than on a 6-month deposit last year?", F, "tense"),
  ("Is the interest rate on a 12-month deposit lower than on a 6-month deposit?", F, "comparative"))
g("health", "How often should adults over fifty get a colonoscopy?",
  ("How often should adults over forty get a colonoscopy?", F, "number-words"),
  ("How long does a colonoscopy take for adults over fifty?", F, "question-word"),
  ("How often should adults over fifty get a mammogram?", F, "category-swap"),
  ("For adults over 50, how often is a colonoscopy recommended?", T, "reorder"),
  ("How much does a colonoscopy cost for adults over fifty?", F, "question-word"))
g("hr-enterprise", "Is it true that not every employee gets a year-end bonus?",
  ("Is it true that every employee gets no year-end bonus?", F, "scope"),
  ("Is it true that every employee gets a year-end bonus?", F, "scope"),
  ("Is it true that not every manager gets a year-end bonus?", F, "category-swap"),
  ("Is it right that some employees don't get a year-end bonus?", T, "rephrase"),
  ("Is it true that not every employee got a year-end bonus last year?", F, "tense"))
g("insurance", "Does travel insurance pay out only if the flight is cancelled by the airline?",
  ("Does travel insurance pay out if only the flight is cancelled by the airline?", F, "scope"),
  ("Does travel insurance pay out only if the flight is cancelled by the passenger?", F, "role-swap"),
  ("Does travel insurance pay out even if the flight is cancelled by the airline?", F, "scope"),
  ("Does travel insurance only pay out when the airline cancels the flight?", T, "passive"),
  ("Does travel insurance pay out only if the flight is delayed by the airline?", F, "category-swap"))
g("legal", "Was the contract signed by the buyer before the seller?",
  ("Was the contract signed by the seller before the buyer?", F, "role-swap"),
  ("Did the buyer sign the contract before the seller?", T, "passive"),
  ("Did the seller sign the contract before the buyer?", F, "passive-role"),
  ("Was the contract signed by the buyer after the seller?", F, "comparative"),
  ("Was the contract signed by the buyer's lawyer before the seller?", F, "possessive-relation"))
g("hr-enterprise", "Who approves the expense reports of the team leads?",
  ("Whose expense reports do the team leads approve?", F, "role-swap"),
  ("Who approves the team leads' expense reports?", T, "possessive"),
  ("Who submits the expense reports of the team leads?", F, "action"),
  ("Who approves the expense reports of the interns?", F, "category-swap"),
  ("By whom are the expense reports of the team leads approved?", T, "passive"))
g("banking", "What is today's exchange rate from euros to Swiss francs?",
  ("What is today's exchange rate from Swiss francs to euros?", F, "direction"),
  ("What was yesterday's exchange rate from euros to Swiss francs?", F, "tense"),
  ("What is today's exchange rate from euros to Danish kroner?", F, "category-swap"),
  ("How many Swiss francs do I get for one euro today?", T, "rephrase"),
  ("How many euros do I get for one Swiss franc today?", F, "direction"))
g("real-estate", "Who pays the agent's commission when a house is sold, the buyer or the seller?",
  ("Who pays the seller's commission when a house is sold, the buyer or the agent?", F, "possessive-relation"),
  ("Who pays the agent's commission when a house is rented, the tenant or the landlord?", F, "action"),
  ("When a house is sold, who pays the agent's commission, the seller or the buyer?", T, "reorder"),
  ("Who paid the agent's commission when our house was sold, the buyer or the seller?", F, "tense"),
  ("Who pays the commission of the agent when a house is sold, the buyer or the seller?", T, "possessive"))
g("cars", "Is it cheaper to lease a new car than to buy a used one?",
  ("Is it cheaper to buy a new car than to lease a used one?", F, "role-swap"),
  ("Is it cheaper to lease a used car than to buy a new one?", F, "attachment"),
  ("Is it more expensive to lease a new car than to buy a used one?", F, "comparative"),
  ("Is buying a used car more expensive than leasing a new one?", T, "reorder"),
  ("Is it cheaper to rent a new car than to buy a used one?", F, "action"))
g("programming", "How can I sort a Python dict by its values in descending order?",
  ("How can I sort a Python dict by its keys in descending order?", F, "category-swap"),
  ("How can I sort a Python dict by its values in ascending order?", F, "comparative"),
  ("How can I sort a Python list of dicts by their values in descending order?", F, "attachment"),
  ("In descending order, how can I sort a Python dict by its values?", T, "reorder"),
  ("python sort dict by value desc", T, "short-form"))
g("health", "Can I donate blood if I had a tattoo three months ago?",
  ("Should I donate blood if I had a tattoo three months ago?", F, "modality"),
  ("Can I donate blood if I had a tattoo thirteen months ago?", F, "number-words"),
  ("Can I donate blood if I get a tattoo in three months?", F, "tense"),
  ("Can I donate plasma if I had a tattoo three months ago?", F, "category-swap"),
  ("I got a tattoo 3 months ago, am I allowed to give blood?", T, "rephrase"),
  ("Can I donate blood if my partner had a tattoo three months ago?", F, "person"))
g("travel", "Can I bring a power bank in my checked luggage on an international flight?",
  ("Can I bring a power bank in my carry-on luggage on an international flight?", F, "category-swap"),
  ("Can I bring a laptop in my checked luggage on an international flight?", F, "category-swap"),
  ("Is a power bank allowed in checked baggage on international flights?", T, "rephrase"),
  ("can i bring a powerbank in my checked bag on an intl flight", T, "short-form"))
g("telecom", "How much does it cost to call the UK from the US with my plan?",
  ("How much does it cost to call the US from the UK with my plan?", F, "direction"),
  ("How much does it cost to text the UK from the US with my plan?", F, "action"),
  ("How long can I call the UK from the US with my plan?", F, "question-word"),
  ("What's the price of calling the UK from the US on my plan?", T, "rephrase"),
  ("How much does it cost to call the UK from the US with my wife's plan?", F, "person"))
g("school", "Is zero an even number or an odd number?",
  ("Is zero an odd number or an even number?", T, "reorder"),
  ("Is one an even number or an odd number?", F, "number-words"),
  ("Is zero a prime number or a composite number?", F, "category-swap"),
  ("Is 0 even or odd?", T, "short-form"))
g("government", "Can a permanent resident vote in local elections?",
  ("Can a permanent resident vote in national elections?", F, "category-swap"),
  ("Can a permanent resident run in local elections?", F, "action"),
  ("Can a temporary resident vote in local elections?", F, "category-swap"),
  ("Are permanent residents allowed to vote in local elections?", T, "rephrase"),
  ("Can a permanent resident vote in local elections in Canada?", F, "qualifier"))
g("customer-service", "Why was my card charged twice for a single order?",
  ("Why was my card charged once for two orders?", F, "number-words"),
  ("How do I get my money back if my card was charged twice for a single order?", F, "question-word"),
  ("Why did my card get charged two times for one order?", T, "synonym"),
  ("Why was my card charged twice for a single subscription?", F, "category-swap"),
  ("Why was my card never charged for my single order?", F, "hidden-negation"))
g("cooking", "How many minutes does a duck egg need to boil for a runny yolk?",
  ("How many minutes should I boil a duck egg for a firm yolk?", F, "category-swap"),
  ("How many minutes should I poach a duck egg for a runny yolk?", F, "action"),
  ("How many minutes should I boil a quail egg for a runny yolk?", F, "qualifier"),
  ("For a runny yolk, how many minutes do I boil a duck egg?", T, "reorder"),
  ("how many mins to boil a duck egg for a runny yolk", T, "short-form"))
g("insurance", "Is my wife covered by my health insurance if she works part time?",
  ("Am I covered by my wife's health insurance if I work part time?", F, "possessive-relation"),
  ("Is my wife covered by my health insurance if she works full time?", F, "category-swap"),
  ("Is my ex-wife covered by my health insurance if she works part time?", F, "category-swap"),
  ("Does my health insurance cover my wife if she has a part-time job?", T, "passive"),
  ("Is my wife covered by my health insurance if she no longer works part time?", F, "hidden-negation"))
g("legal", "Can a company be sued by an employee for unpaid overtime?",
  ("Can an employee be sued by a company for unpaid overtime?", F, "passive-role"),
  ("Can an employee sue a company for unpaid overtime?", T, "passive"),
  ("Can a company sue an employee for unpaid overtime?", F, "role-swap"),
  ("Can a company be sued by a former employee for unpaid overtime after five years?", F, "qualifier"))
g("shopping", "Was my package delivered to my neighbour by mistake?",
  ("Was my neighbour's package delivered to me by mistake?", F, "possessive-relation"),
  ("Did the courier deliver my package to my neighbour by mistake?", T, "passive"),
  ("Was my package taken by my neighbour by mistake?", F, "action"),
  ("Was my package delivered by my neighbour by mistake?", F, "passive-role"))
g("hr-enterprise", "Can I see my manager's performance review?",
  ("Can my manager see my performance review?", F, "possessive-relation"),
  ("Can I see the performance review of my manager?", T, "possessive"),
  ("Can I change my manager's performance review?", F, "action"),
  ("Can I see my manager's salary?", F, "category-swap"),
  ("Can I see my performance review of my manager?", F, "possessive-relation"))
g("banking", "Can I use my father's credit card to pay my tuition?",
  ("Can my father use my credit card to pay his tuition?", F, "possessive-relation"),
  ("Can I use my father's debit card to pay my tuition?", F, "category-swap"),
  ("Can I use the credit card of my father to pay my tuition?", T, "possessive"),
  ("Can I use my father's credit card to pay my brother's tuition?", F, "person"))
g("travel", "Are there direct flights from Berlin to Lisbon on Sundays in winter?",
  ("Are there direct flights from Lisbon to Berlin on Sundays in winter?", F, "direction"),
  ("Are there direct flights from Berlin to Lisbon on Saturdays in winter?", F, "category-swap"),
  ("Are there direct flights from Berlin to Lisbon on Sundays in summer?", F, "category-swap"),
  ("In winter, are there direct flights from Berlin to Lisbon on Sundays?", T, "reorder"),
  ("Are there cheap flights from Berlin to Lisbon on Sundays in winter?", F, "qualifier"))
g("shopping", "Do you sell wireless chargers for phones with a case?",
  ("Do you sell wireless chargers with a case for phones?", F, "attachment"),
  ("Do you sell phone cases for wireless chargers?", F, "role-swap"),
  ("Do you have wireless chargers that work through a phone case?", T, "rephrase"),
  ("Do you sell wireless chargers for tablets with a case?", F, "category-swap"))
g("real-estate", "Can I rent out a room in my mortgaged apartment?",
  ("Can I rent a room in a mortgaged apartment?", F, "role-swap"),
  ("Can I rent out my mortgaged apartment?", F, "qualifier"),
  ("Is it allowed to rent out a room in an apartment I still have a mortgage on?", T, "rephrase"),
  ("Can I rent out a room in my mortgaged apartment on Airbnb?", F, "qualifier"))
g("cars", "Is it worth buying a used car with a new engine?",
  ("Is it worth buying a new car with a used engine?", F, "attachment"),
  ("Is it worth buying a used car with a new gearbox?", F, "category-swap"),
  ("Is it worth selling a used car with a new engine?", F, "action"),
  ("Is a second-hand car with a new engine worth buying?", T, "synonym"))
g("programming", "How do I read a large CSV file in chunks with pandas?",
  ("How do I read a large CSV file with pandas in chunks?", T, "reorder"),
  ("How do I write a large CSV file in chunks with pandas?", F, "action"),
  ("How do I read a large JSON file in chunks with pandas?", F, "category-swap"),
  ("How do I read a CSV file in large chunks with pandas?", F, "attachment"),
  ("pandas: read big csv in chunks?", T, "short-form"))
g("cooking", "Can I freeze raw chicken marinated in yogurt?",
  ("Can I marinate frozen raw chicken in yogurt?", F, "attachment"),
  ("Can I freeze raw chicken marinated in lemon juice?", F, "category-swap"),
  ("Can I freeze cooked chicken marinated in yogurt?", F, "category-swap"),
  ("Is it OK to freeze raw chicken that's been marinated in yogurt?", T, "rephrase"),
  ("Can I refreeze raw chicken marinated in yogurt?", F, "action"))
g("shopping", "Do all the items in the sale ship for free?",
  ("Do none of the items in the sale ship for free?", F, "scope"),
  ("Do all the items in the sale ship for free to Canada?", F, "qualifier"),
  ("Does any item in the sale ship for free?", F, "scope"),
  ("Is shipping free for every item in the sale?", T, "rephrase"),
  ("Do all the items in the sale return for free?", F, "action"))
g("hr-enterprise", "Do I get paid overtime only if I work on weekends?",
  ("Do I get paid overtime if I only work on weekends?", F, "scope"),
  ("Do I get paid overtime even if I work on weekends?", F, "scope"),
  ("Is working on weekends the only way I get paid overtime?", T, "rephrase"),
  ("Do I get paid overtime only if I work on public holidays?", F, "category-swap"),
  ("Did I get paid overtime only because I worked on weekends?", F, "tense"))
g("school", "Can every even number greater than two be written as the sum of two primes?",
  ("Can every odd number greater than two be written as the sum of two primes?", F, "category-swap"),
  ("Can every even number greater than two be written as the product of two primes?", F, "category-swap"),
  ("Can some even number greater than two be written as the sum of two primes?", F, "scope"),
  ("Is every even number above two the sum of two primes?", T, "rephrase"),
  ("Can every even number greater than two be written as the sum of three primes?", F, "number-words"))
g("telecom", "Does the unlimited plan include fifteen gigabytes of hotspot data?",
  ("Does the unlimited plan include fifty gigabytes of hotspot data?", F, "number-words"),
  ("Does the unlimited plan include 15 GB of hotspot data?", T, "synonym"),
  ("Does the unlimited plan include 50 GB of hotspot data?", F, "number-words"),
  ("Does the unlimited plan include fifteen megabytes of hotspot data?", F, "category-swap"),
  ("Is 15GB of hotspot data included in the unlimited plan?", T, "reorder"))
g("cooking", "How many grams of flour are in one and a half cups?",
  ("How many grams of flour are in one half cup?", F, "number-words"),
  ("How many grams of sugar are in one and a half cups?", F, "category-swap"),
  ("How many grams of flour are in one and a half tablespoons?", F, "category-swap"),
  ("1.5 cups of flour is how many grams?", T, "reorder"),
  ("How many cups of flour are in one hundred and fifty grams?", F, "direction"))
g("banking", "If I deposit two thousand euros at three percent, how much interest do I earn in a year?",
  ("If I deposit twelve thousand euros at three percent, how much interest do I earn in a year?", F, "number-words"),
  ("If I deposit two thousand euros at thirteen percent, how much interest do I earn in a year?", F, "number-words"),
  ("If I deposit two thousand euros at three percent, how much interest do I earn in a month?", F, "category-swap"),
  ("How much interest does €2,000 earn in one year at 3%?", T, "rephrase"))
g("travel", "Is the museum open every day except Monday?",
  ("Is the museum closed every day except Monday?", F, "hidden-negation"),
  ("Is the museum open every day including Monday?", F, "hidden-negation"),
  ("Is the museum open every day except Tuesday?", F, "category-swap"),
  ("Apart from Mondays, is the museum open every day?", T, "reorder"),
  ("Was the museum open every day except Monday last year?", F, "tense"))
g("government", "Can I apply for a driving licence without a birth certificate?",
  ("Can I apply for a driving licence with only a birth certificate?", F, "scope"),
  ("Can I apply for a passport without a birth certificate?", F, "category-swap"),
  ("Can I renew a driving licence without a birth certificate?", F, "action"),
  ("Is it possible to get a driving licence if I don't have a birth certificate?", T, "rephrase"))
g("health", "Should I stop taking antibiotics once I no longer have a fever?",
  ("Should I stop taking antibiotics once I have a fever?", F, "hidden-negation"),
  ("Should I start taking antibiotics once I no longer have a fever?", F, "action"),
  ("Once my fever is gone, should I stop my antibiotics?", T, "reorder"),
  ("Should I stop taking painkillers once I no longer have a fever?", F, "category-swap"))
g("programming", "How do I list all files in a directory except hidden ones in bash?",
  ("How do I list only hidden files in a directory in bash?", F, "hidden-negation"),
  ("How do I delete all files in a directory except hidden ones in bash?", F, "action"),
  ("How do I list all files in a directory including hidden ones in bash?", F, "hidden-negation"),
  ("In bash, how can I list every file in a folder but skip the hidden ones?", T, "rephrase"),
  ("How do I list all files in a directory except hidden ones in PowerShell?", F, "category-swap"))
g("customer-service", "Has my refund been processed yet?",
  ("When will my refund be processed?", F, "question-word"),
  ("Has my refund been requested yet?", F, "action"),
  ("Has my replacement been shipped yet?", F, "category-swap"),
  ("Is my refund processed already?", T, "synonym"),
  ("Has my sister's refund been processed yet?", F, "person"))
g("shopping", "Will the price of this TV drop after Black Friday?",
  ("Did the price of this TV drop after Black Friday?", F, "tense"),
  ("Will the price of this TV drop before Black Friday?", F, "comparative"),
  ("Will the price of this TV rise after Black Friday?", F, "comparative"),
  ("After Black Friday, will this TV get cheaper?", T, "rephrase"),
  ("Will the price of this TV drop after Cyber Monday?", F, "category-swap"))
g("government", "Do I have to register my address within two weeks of moving?",
  ("Can I register my address within two weeks of moving?", F, "modality"),
  ("Do I have to register my address within two weeks of moving to Germany?", F, "qualifier"),
  ("Do I have to register my address within two months of moving?", F, "category-swap"),
  ("Is it mandatory to register my address within 14 days after I move?", T, "rephrase"),
  ("Do I have to deregister my address within two weeks of moving?", F, "action"))
g("cars", "Can I drive in Italy with a UK driving licence?",
  ("Can I drive in the UK with an Italian driving licence?", F, "role-swap"),
  ("Can I rent a car in Italy with a UK driving licence?", F, "action"),
  ("Can I drive in Italy with a provisional UK driving licence?", F, "qualifier"),
  ("Is a UK driving licence valid for driving in Italy?", T, "rephrase"),
  ("could i drive in italy with a uk licence", T, "short-form"))

# ---------------------------------------------------------------- Chinese
g("hr-enterprise", "公司可以从我的工资里扣掉丢失电脑的钱吗？",
  ("我可以从公司的工资里扣掉丢失电脑的钱吗？", F, "role-swap"),
  ("公司必须从我的工资里扣掉丢失电脑的钱吗？", F, "modality"),
  ("公司能不能从我工资里扣丢失电脑的钱？", T, "synonym"),
  ("公司可以从我的年终奖里扣掉丢失电脑的钱吗？", F, "category-swap"),
  ("公司已经从我的工资里扣掉丢失电脑的钱了吗？", F, "tense"))
g("banking", "我把钱转给我妈以后，她多久能到账？",
  ("我把钱转给我妈以后，要多少手续费？", F, "question-word"),
  ("我给我妈转钱之后，她那边要多长时间到账？", T, "rephrase"),
  ("我把钱转给我妈的境外账户以后，她多久能到账？", F, "qualifier"),
  ("我把钱转给我妈以后，多久能撤回？", F, "action"))
g("legal", "房东可以不经过我同意进我租的房子吗？",
  ("我可以不经过房东同意进我租的房子吗？", F, "role-swap"),
  ("房东可以经过我同意进我租的房子吗？", F, "hidden-negation"),
  ("房东能不能在我不同意的情况下进我租的房子？", T, "rephrase"),
  ("房东可以不经过我同意卖掉我租的房子吗？", F, "action"),
  ("中介可以不经过我同意进我租的房子吗？", F, "category-swap"))
g("shopping", "快递被邻居拿走了，快递公司要赔吗？",
  ("邻居的快递被我拿走了，快递公司要赔吗？", F, "passive-role"),
  ("快递被邻居拿走了，邻居要赔吗？", F, "role-swap"),
  ("邻居把我的快递拿走了，快递公司需要赔偿吗？", T, "passive"),
  ("快递被邻居拿走了，快递公司要赔多少？", F, "question-word"),
  ("快递被快递员弄丢了，快递公司要赔吗？", F, "category-swap"))
g("insurance", "我的车被他撞了，保险谁来赔？",
  ("他的车被我撞了，保险谁来赔？", F, "passive-role"),
  ("我开车把他撞了，保险谁来赔？", F, "role-swap"),
  ("他把我的车撞了，保险该谁赔？", T, "passive"),
  ("我的车被他撞了，保险怎么赔？", F, "question-word"),
  ("我的车被他撞了，车损险谁来赔？", F, "category-swap"))
g("banking", "我能向银行申请延期还款吗？",
  ("银行能向我申请延期还款吗？", F, "role-swap"),
  ("我能向银行申请提前还款吗？", F, "comparative"),
  ("我可不可以跟银行申请延期还款？", T, "synonym"),
  ("我能向银行申请减免利息吗？", F, "action"),
  ("我能向银行申请延期还款几次？", F, "question-word"))
g("shopping", "这家店的商品都不包邮吗？",
  ("这家店的商品不都包邮吗？", F, "scope"),
  ("这家店的商品都包邮吗？", F, "scope"),
  ("这家店的商品是不是全都不包邮？", T, "rephrase"),
  ("这家店的商品都不退换吗？", F, "action"),
  ("这家店的商品寄新疆都不包邮吗？", F, "qualifier"))
g("school", "所有的质数都不是偶数吗？",
  ("所有的质数都是偶数吗？", F, "scope"),
  ("不是所有的质数都是偶数吗？", F, "scope"),
  ("所有的偶数都不是质数吗？", F, "role-swap"),
  ("是不是任何一个质数都不是偶数？", T, "rephrase"),
  ("所有的质数都不是奇数吗？", F, "category-swap"))
g("health", "六十岁以上的老人打流感疫苗免费吗？",
  ("六十岁以下的人打流感疫苗免费吗？", F, "comparative"),
  ("十六岁以上的人打流感疫苗免费吗？", F, "number-words"),
  ("六十岁以上的老人打带状疱疹疫苗免费吗？", F, "category-swap"),
  ("60岁以上老人打流感疫苗是免费的吗？", T, "synonym"),
  ("六十岁以上的老人在北京打流感疫苗免费吗？", F, "qualifier"))
g("banking", "信用卡每个月最少要还多少钱？",
  ("信用卡每个月最多能还多少钱？", F, "comparative"),
  ("信用卡每个月最少要还多少次？", F, "question-word"),
  ("信用卡每个月最晚什么时候还？", F, "question-word"),
  ("信用卡每月的最低还款额是多少？", T, "rephrase"),
  ("我老婆的信用卡每个月最少要还多少钱？", F, "person"))
g("travel", "从上海到杭州的高铁最早一班几点？",
  ("从杭州到上海的高铁最早一班几点？", F, "direction"),
  ("从上海到杭州的高铁最晚一班几点？", F, "comparative"),
  ("从上海到杭州的高铁最早一班多少钱？", F, "question-word"),
  ("上海去杭州的高铁，首班车是几点？", T, "synonym"),
  ("从上海到杭州的大巴最早一班几点？", F, "category-swap"),
  ("从上海到杭州的高铁周末最早一班几点？", F, "qualifier"))
g("telecom", "宽带从申请到装好要多久？",
  ("宽带从申请到装好要多少钱？", F, "question-word"),
  ("宽带从申请到拆掉要多久？", F, "action"),
  ("办宽带从申请到安装完成一般需要多长时间？", T, "rephrase"),
  ("农村的宽带从申请到装好要多久？", F, "qualifier"),
  ("宽带什么时候能申请？", F, "question-word"))
g("government", "身份证丢了应该去哪里补办？",
  ("身份证丢了应该怎么补办？", F, "question-word"),
  ("身份证丢了应该去哪里挂失？", F, "action"),
  ("护照丢了应该去哪里补办？", F, "category-swap"),
  ("身份证弄丢了，在哪儿补办？", T, "synonym"),
  ("身份证丢了补办要多久？", F, "question-word"),
  ("在外地身份证丢了应该去哪里补办？", F, "qualifier"))
g("hr-enterprise", "试用期内我可以辞职吗？",
  ("试用期内公司可以辞退我吗？", F, "role-swap"),
  ("试用期内我可以请年假吗？", F, "action"),
  ("在试用期的时候我能不能辞职？", T, "synonym"))
g("insurance", "退休以后还能交医保吗？",
  ("退休以后还必须交医保吗？", F, "modality"),
  ("退休以前还能交医保吗？", F, "comparative"),
  ("退休以后还能交社保养老吗？", F, "category-swap"),
  ("退了休还可以继续缴医保吗？", T, "synonym"),
  ("我爸退休以后还能交医保吗？", T, "rephrase"))
g("travel", "两个人去三亚玩五天大概要花多少钱？",
  ("三个人去三亚玩五天大概要花多少钱？", F, "number-words"),
  ("两个人去三亚玩两天大概要花多少钱？", F, "number-words"),
  ("俩人去三亚玩五天大概要多少钱？", T, "short-form"),
  ("两个人去三亚玩五天住哪里好？", F, "question-word"),
  ("两个人春节去三亚玩五天大概要花多少钱？", F, "qualifier"),
  ("2个人去三亚玩5天大概得花多少钱？", T, "synonym"))
g("banking", "除了身份证，办银行卡还需要带什么？",
  ("除了户口本，办银行卡还需要带什么？", F, "category-swap"),
  ("办银行卡除了身份证以外还要带什么材料？", T, "reorder"),
  ("除了身份证，注销银行卡还需要带什么？", F, "action"),
  ("除了身份证，外国人办银行卡还需要带什么？", F, "qualifier"),
  ("除了身份证，给我儿子办银行卡还需要带什么？", F, "person"))
g("banking", "未满十八岁可以办信用卡吗？",
  ("满十八岁可以办信用卡吗？", F, "hidden-negation"),
  ("未满十六岁可以办信用卡吗？", F, "number-words"),
  ("未满十八岁可以办储蓄卡吗？", F, "category-swap"),
  ("不到18岁能不能办信用卡？", T, "synonym"),
  ("未满十八岁可以办信用卡的附属卡吗？", F, "qualifier"))
g("health", "感冒的时候别吃海鲜，有道理吗？",
  ("感冒的时候多吃海鲜，有道理吗？", F, "hidden-negation"),
  ("感冒的时候别吃鸡蛋，有道理吗？", F, "category-swap"),
  ("感冒期间不能吃海鲜，这个说法靠谱吗？", T, "rephrase"),
  ("感冒好了以后别吃海鲜，有道理吗？", F, "qualifier"))
g("real-estate", "我的公积金可以用来给我爸妈买房吗？",
  ("我爸妈的公积金可以用来给我买房吗？", F, "possessive-relation"),
  ("我的公积金可以用来给我自己买房吗？", F, "person"),
  ("我的公积金可以用来给我爸妈租房吗？", F, "action"),
  ("我的住房公积金能不能拿来帮父母买房？", T, "synonym"),
  ("我的公积金可以用来给我岳父岳母买房吗？", F, "category-swap"))
g("school", "我妈妈的姐姐的儿子我该怎么称呼？",
  ("我姐姐的妈妈的儿子我该怎么称呼？", F, "possessive-relation"),
  ("我爸爸的哥哥的儿子我该怎么称呼？", F, "category-swap"),
  ("我妈妈的姐姐的儿子应该叫什么？", T, "rephrase"),
  ("我妈妈的姐姐的老公我该怎么称呼？", F, "category-swap"),
  ("我该怎么称呼我妈妈姐姐的儿子？", T, "reorder"))
g("programming", "Python 里怎么把字符串转成列表？",
  ("Python 里怎么把列表转成字符串？", F, "direction"),
  ("JavaScript 里怎么把字符串转成数组？", F, "category-swap"),
  ("Python 中如何将字符串转换为列表？", T, "synonym"),
  ("Python 里怎么把字符串转成元组？", F, "category-swap"),
  ("python str 转 list 咋弄", T, "short-form"))
g("programming", "在 Java 里比较两个字符串，用 == 还是 equals？",
  ("在 Java 里比较两个整数，用 == 还是 equals？", F, "category-swap"),
  ("在 Kotlin 里比较两个字符串，用 == 还是 equals？", F, "category-swap"),
  ("Java 比较两个字符串该用 equals 还是 ==？", T, "reorder"),
  ("在 Java 里拼接两个字符串，用 + 还是 concat？", F, "action"))
g("school", "一个数的三分之二是十二，这个数是多少？",
  ("一个数的三分之二是二十，这个数是多少？", F, "number-words"),
  ("十二的三分之二是多少？", F, "direction"),
  ("一个数的二分之三是十二，这个数是多少？", F, "number-words"),
  ("某数的2/3等于12，求这个数。", T, "rephrase"))
g("school", "甲比乙多百分之二十，乙比甲少百分之几？",
  ("甲比乙少百分之二十，乙比甲多百分之几？", F, "comparative"),
  ("甲比乙多百分之二十五，乙比甲少百分之几？", F, "number-words"),
  ("甲比乙多20%，那乙比甲少百分之多少？", T, "synonym"),
  ("甲比乙多百分之二十，甲是乙的百分之几？", F, "question-word"))
g("travel", "坐国际航班从北京飞东京，要提前多久到机场？",
  ("坐国内航班从北京飞上海，要提前多久到机场？", F, "category-swap"),
  ("坐国际航班从北京飞东京，行李最多能带多重？", F, "question-word"),
  ("坐国际航班从北京飞东京，一般得提前几个小时到机场？", T, "synonym"),
  ("坐国际航班从北京飞东京，要提前多久订票？", F, "action"))
g("telecom", "怎么把我的号码从移动转到联通？",
  ("怎么把我的号码从联通转到移动？", F, "direction"),
  ("我的号码从移动转到联通要多少钱？", F, "question-word"),
  ("我的号码要怎样才能从移动携号转网到联通？", T, "rephrase"),
  ("怎么把我的宽带从移动转到联通？", F, "category-swap"),
  ("怎么把我的移动号码暂停？", F, "action"))
g("telecom", "在国外怎么开通国际漫游？",
  ("在国外怎么关闭国际漫游？", F, "action"),
  ("在国外怎么开通国际长途？", F, "category-swap"),
  ("人在国外，国际漫游要如何开通？", T, "reorder"),
  ("在国外开通国际漫游要多少钱？", F, "question-word"),
  ("出国前怎么开通国际漫游？", F, "qualifier"))
g("shopping", "买的手机屏幕坏了，七天内可以退吗？",
  ("买的手机屏幕坏了，七天内可以换吗？", F, "action"),
  ("买的手机屏幕坏了，七天内可以修吗？", F, "action"),
  ("买的手机屏幕坏了，十七天内可以退吗？", F, "number-words"),
  ("手机买回来屏幕就坏了，7天以内能退货吗？", T, "rephrase"),
  ("买的手机屏幕被我摔坏了，七天内可以退吗？", F, "qualifier"))
g("banking", "信用卡丢了，怎么挂失？",
  ("信用卡丢了，怎么注销？", F, "action"),
  ("信用卡丢了，怎么补办？", F, "action"),
  ("储蓄卡丢了，怎么挂失？", F, "category-swap"),
  ("信用卡丢了，挂失要多少钱？", F, "question-word"),
  ("信用卡不见了，该如何挂失？", T, "synonym"),
  ("我爸的信用卡丢了，我能帮他挂失吗？", F, "person"))
g("real-estate", "退租的时候房东不退押金怎么办？",
  ("退租的时候租客不交押金怎么办？", F, "role-swap"),
  ("退租的时候房东不退房租怎么办？", F, "category-swap"),
  ("租客退租时，房东扣着押金不还，该怎么处理？", T, "rephrase"),
  ("退租的时候房东只退一半押金怎么办？", F, "qualifier"),
  ("退租的时候房东不退押金违法吗？", F, "question-word"))
g("real-estate", "首套房贷款最低首付是多少？",
  ("二套房贷款最低首付是多少？", F, "qualifier"),
  ("首套房贷款最长能贷多少年？", F, "question-word"),
  ("首套房贷款最低利率是多少？", F, "category-swap"),
  ("买第一套房，首付最少要付多少？", T, "rephrase"),
  ("在上海首套房贷款最低首付是多少？", F, "qualifier"))
g("cars", "新车第一次保养是在三千公里还是五千公里？",
  ("新车第一次保养是在五千公里还是三千公里？", T, "reorder"),
  ("新车第二次保养是在三千公里还是五千公里？", F, "number-words"),
  ("新车第一次保养要多少钱？", F, "question-word"),
  ("电动车新车第一次保养是在三千公里还是五千公里？", F, "qualifier"),
  ("新车首保是3000公里还是5000公里做？", T, "synonym"))
g("cars", "我的车被交警贴了罚单，能让别人替我去处理吗？",
  ("我的车被交警扣了分，能让别人替我扣分吗？", F, "category-swap"),
  ("我的车被交警贴了罚单，能在网上处理吗？", F, "qualifier"),
  ("交警给我的车贴了罚单，可以找人代我去处理吗？", T, "passive"),
  ("我的车被交警贴了罚单，不处理会怎么样？", F, "question-word"))
g("insurance", "孩子的医药费可以用爸爸的医保卡报销吗？",
  ("爸爸的医药费可以用孩子的医保卡报销吗？", F, "role-swap"),
  ("孩子的医药费可以用爷爷的医保卡报销吗？", F, "category-swap"),
  ("爸爸的医保卡能不能给孩子看病报销用？", T, "rephrase"),
  ("孩子的医药费可以用爸爸的商业保险报销吗？", F, "category-swap"))
g("cooking", "炖牛肉应该先放盐还是后放盐？",
  ("炖牛肉应该后放盐还是先放盐？", T, "reorder"),
  ("炖牛肉应该先放糖还是后放糖？", F, "category-swap"),
  ("炒牛肉应该先放盐还是后放盐？", F, "action"),
  ("炖牛肉应该放多少盐？", F, "question-word"),
  ("炖牛肉的时候盐是早点放还是晚点放？", T, "synonym"))
g("cooking", "一斤半的鲈鱼清蒸要几分钟？",
  ("两斤半的鲈鱼清蒸要几分钟？", F, "number-words"),
  ("一斤半的鲈鱼红烧要几分钟？", F, "action"),
  ("一斤半的鲈鱼清蒸要放多少盐？", F, "question-word"),
  ("一斤半的鳜鱼清蒸要几分钟？", F, "category-swap"),
  ("清蒸一条一斤半的鲈鱼需要多长时间？", T, "rephrase"),
  ("1.5斤鲈鱼清蒸几分钟", T, "short-form"))
g("customer-service", "快递显示已签收但我本人没收到，该怎么办？",
  ("快递显示未签收但我收到了，怎么办？", F, "hidden-negation"),
  ("物流显示签收了，可我根本没拿到快递，该怎么处理？", T, "rephrase"),
  ("快递显示已退回但我没收到，怎么办？", F, "category-swap"),
  ("快递显示已签收但我没收到，已经过了一个月怎么办？", F, "qualifier"))
g("school", "高考数学卷满分是多少分？",
  ("高考理综满分是多少分？", F, "category-swap"),
  ("中考数学满分是多少分？", F, "category-swap"),
  ("高考数学及格是多少分？", F, "category-swap"),
  ("高考数学总分一共多少？", T, "synonym"),
  ("高考数学考多长时间？", F, "question-word"))
g("school", "x 的平方减 4 等于 0，x 等于多少？",
  ("x 的平方加 4 等于 0，x 等于多少？", F, "category-swap"),
  ("x 减 4 的平方等于 0，x 等于多少？", F, "attachment"),
  ("x 的平方减 4 等于 0，x 有几个解？", F, "question-word"),
  ("解方程 x²-4=0", T, "rephrase"),
  ("x 的四次方减 4 等于 0，x 等于多少？", F, "number-words"))
g("government", "外地人在北京能不能摇号买车？",
  ("北京人在外地能不能摇号买车？", F, "role-swap"),
  ("外地人在北京能不能摇号买房？", F, "category-swap"),
  ("外地人在北京能不能租车？", F, "action"),
  ("外地户口的人可以在北京参加小汽车摇号吗？", T, "rephrase"),
  ("外地人在上海能不能摇号买车？", F, "category-swap"))
g("legal", "借钱给朋友没打欠条，能起诉他吗？",
  ("朋友借钱给我没打欠条，他能起诉我吗？", F, "role-swap"),
  ("借钱给朋友打了欠条，能起诉他吗？", F, "hidden-negation"),
  ("借钱给朋友没打欠条，能报警吗？", F, "action"),
  ("朋友向我借了钱但没写借条，我可以告他吗？", T, "rephrase"),
  ("借钱给朋友没打欠条，过了五年还能起诉他吗？", F, "qualifier"))
g("hr-enterprise", "公司让我加班却不给加班费，合法吗？",
  ("公司给我加班费却不让我加班，合法吗？", F, "role-swap"),
  ("公司让我加班却不给调休，合法吗？", F, "category-swap"),
  ("公司安排我加班但不发加班费，这合法吗？", T, "synonym"),
  ("公司让我加班却不给加班费，我该怎么维权？", F, "question-word"),
  ("公司让实习生加班却不给加班费，合法吗？", F, "qualifier"))
g("hr-enterprise", "我跟同事吵架了，公司可以开除我吗？",
  ("我跟同事打架了，公司可以开除我吗？", F, "category-swap"),
  ("我跟同事吵架了，公司可以扣我工资吗？", F, "action"),
  ("和同事发生了争吵，公司能不能因此辞退我？", T, "synonym"),
  ("我跟同事吵架了，公司必须开除我吗？", F, "modality"))
g("legal", "老板被员工告了，公司要承担什么责任？",
  ("员工被老板告了，公司要承担什么责任？", F, "passive-role"),
  ("老板把员工告了，公司要承担什么责任？", F, "passive-role"),
  ("员工把老板告了，公司需要担什么责任？", T, "passive"),
  ("老板被员工告了，老板个人要承担什么责任？", F, "person"))
g("legal", "孩子在学校被同学打伤了，医药费该谁出？",
  ("孩子在学校把同学打伤了，医药费该谁出？", F, "passive-role"),
  ("孩子在学校被老师打伤了，医药费该谁出？", F, "category-swap"),
  ("同学在学校把孩子打伤了，医药费应该由谁承担？", T, "passive"),
  ("孩子在学校被同学打伤了，能报警吗？", F, "action"),
  ("孩子放学路上被同学打伤了，医药费该谁出？", F, "qualifier"))
g("banking", "支付宝怎么给朋友转账？",
  ("支付宝怎么让朋友给我转账？", F, "direction"),
  ("微信怎么给朋友转账？", F, "category-swap"),
  ("支付宝怎么撤回给朋友的转账？", F, "action"),
  ("用支付宝如何转账给朋友？", T, "synonym"),
  ("支付宝给朋友转账有手续费吗？", F, "question-word"))
g("health", "我对花生过敏，能吃含花生油的菜吗？",
  ("我对花生油过敏，能吃含花生的菜吗？", F, "role-swap"),
  ("我对虾过敏，能吃含花生油的菜吗？", F, "category-swap"),
  ("我对花生过敏，能吃含玉米油的菜吗？", F, "category-swap"),
  ("花生过敏的人可以吃用花生油做的菜吗？", T, "rephrase"))
g("hr-enterprise", "公司能让员工自己承担社保吗？",
  ("员工能让公司承担全部社保吗？", F, "role-swap"),
  ("公司能让员工自己承担公积金吗？", F, "category-swap"),
  ("公司可不可以要求员工自己交社保？", T, "synonym"),
  ("公司必须让员工自己承担社保吗？", F, "modality"),
  ("公司能让员工自己承担一半社保吗？", F, "qualifier"))
g("real-estate", "我跟我老公的工资合起来能贷多少房贷？",
  ("我老公的工资能贷多少房贷？", F, "qualifier"),
  ("我跟我老公的工资合起来能贷多少车贷？", F, "category-swap"),
  ("我和老公两个人的收入加在一起，房贷能贷多少？", T, "rephrase"),
  ("我跟我老公的工资合起来能贷多少年房贷？", F, "question-word"))
g("government", "我的社保已经交满十五年了，还要继续交吗？",
  ("我的社保还没交满十五年，还要继续交吗？", F, "tense"),
  ("我的社保已经交满十年了，还要继续交吗？", F, "number-words"),
  ("我的社保已经交满十五年了，还能继续交吗？", F, "modality"),
  ("社保我都交够15年了，还需不需要接着交？", T, "rephrase"))
g("travel", "我的护照已经过期了，还能出国吗？",
  ("我的护照快过期了，还能出国吗？", F, "tense"),
  ("我的签证已经过期了，还能出国吗？", F, "category-swap"),
  ("我的护照已经过期了，还能回国吗？", F, "direction"),
  ("护照过期了的话，我还可以出境吗？", T, "rephrase"),
  ("我的护照已经过期了，还能坐国内航班吗？", F, "action"))
g("cars", "开车必须随身带驾驶证吗？",
  ("开车必须随身带行驶证吗？", F, "category-swap"),
  ("骑电动车必须随身带驾驶证吗？", F, "category-swap"),
  ("开车一定要把驾照带在身上吗？", T, "synonym"),
  ("开车没带驾驶证会被罚多少钱？", F, "question-word"),
  ("开车必须随身带纸质驾驶证吗？", F, "qualifier"))
g("hr-enterprise", "我们部门的人都不用打卡吗？",
  ("我们部门的人不都用打卡吗？", F, "scope"),
  ("我们部门的人都不用加班吗？", F, "category-swap"),
  ("你们部门的人都不用打卡吗？", F, "person"),
  ("我们部门是不是所有人都不需要打卡？", T, "rephrase"),
  ("我们部门的领导都不用打卡吗？", F, "category-swap"))
g("insurance", "医保不是所有药都能报销吗？",
  ("医保所有药都不能报销吗？", F, "scope"),
  ("医保所有药都能报销吗？", F, "scope"),
  ("医保是不是只有部分药能报销？", T, "rephrase"),
  ("商业保险不是所有药都能报销吗？", F, "category-swap"),
  ("医保不是所有检查都能报销吗？", F, "category-swap"))
g("banking", "存款五十万以下银行倒闭了能全额赔吗？",
  ("存款五十万以上银行倒闭了能全额赔吗？", F, "comparative"),
  ("存款五十万以下银行倒闭了多久能赔？", F, "question-word"),
  ("理财五十万以下银行倒闭了能全额赔吗？", F, "category-swap"),
  ("如果银行倒闭，50万以内的存款能不能全部赔付？", T, "rephrase"))
g("travel", "坐飞机随身最多能带多少毫升的液体？",
  ("坐飞机随身最多能带多少毫升的酒？", F, "category-swap"),
  ("坐高铁随身最多能带多少毫升的液体？", F, "category-swap"),
  ("乘飞机时随身携带的液体最多是多少毫升？", T, "rephrase"),
  ("坐飞机托运最多能带多少毫升的液体？", F, "qualifier"),
  ("坐飞机随身最多能带几瓶液体？", F, "question-word"))
g("government", "最晚几号之前要完成个税汇算？",
  ("最早几号可以开始个税汇算？", F, "comparative"),
  ("最晚几号之前要完成社保缴费？", F, "category-swap"),
  ("个税年度汇算的截止日期是几号？", T, "rephrase"),
  ("去年最晚几号之前要完成个税汇算？", F, "tense"),
  ("外籍人员最晚几号之前要完成个税汇算？", F, "qualifier"))
g("cars", "驾照到期换证要多少钱？",
  ("驾照到期换证要多久？", F, "question-word"),
  ("驾照到期换证要去哪里？", F, "question-word"),
  ("驾照到期换证什么时候办？", F, "question-word"),
  ("驾驶证到期了换新证需要多少费用？", T, "synonym"),
  ("驾照丢了补证要多少钱？", F, "action"))
g("telecom", "手机为什么突然连不上 Wi-Fi？",
  ("手机怎么突然连不上 Wi-Fi？", T, "synonym"),
  ("手机怎么才能连上 Wi-Fi？", F, "question-word"),
  ("电脑为什么突然连不上 Wi-Fi？", F, "category-swap"),
  ("手机为什么突然连不上蓝牙？", F, "category-swap"),
  ("为啥我的手机忽然连不上WiFi了？", T, "short-form"))
g("real-estate", "二手房过户满两年能免增值税吗？",
  ("二手房过户满两年能免个税吗？", F, "category-swap"),
  ("二手房过户不满两年能免增值税吗？", F, "hidden-negation"),
  ("二手房满2年过户可以免征增值税吗？", T, "reorder"),
  ("商铺过户满两年能免增值税吗？", F, "category-swap"))
g("government", "两个孩子的家庭个税专项扣除每月多少？",
  ("三个孩子的家庭个税专项扣除每月多少？", F, "number-words"),
  ("俩孩子的家庭个税专项扣除每月多少？", T, "short-form"),
  ("两个老人的家庭个税专项扣除每月多少？", F, "category-swap"),
  ("有两个孩子的家庭，子女教育专项扣除每个月能扣多少？", T, "rephrase"))
g("shopping", "七天无理由退货，运费是买家出还是卖家出？",
  ("七天无理由换货，运费是买家出还是卖家出？", F, "action"),
  ("质量问题退货，运费是买家出还是卖家出？", F, "category-swap"),
  ("七天无理由退货，运费是卖家出还是买家出？", T, "reorder"),
  ("七天无理由退货，运费多少钱？", F, "question-word"),
  ("七天无理由退货，运费险能赔多少？", F, "category-swap"))
g("legal", "未成年人能在网上买彩票吗？",
  ("成年人能在网上买彩票吗？", F, "hidden-negation"),
  ("未成年人能在网上买酒吗？", F, "category-swap"),
  ("未成年人能在彩票店买彩票吗？", F, "qualifier"),
  ("没满十八岁可以网购彩票吗？", T, "synonym"),
  ("未成年人中了彩票能领奖吗？", F, "action"))
g("customer-service", "我的快递已经发货了吗？",
  ("我的快递明天会发货吗？", F, "tense"),
  ("我的快递什么时候发货？", F, "question-word"),
  ("我的快递已经到了吗？", F, "action"),
  ("我的退货已经发货了吗？", F, "category-swap"),
  ("我的快递发出去了没有？", T, "synonym"),
  ("我朋友的快递已经发货了吗？", F, "person"))
g("real-estate", "我们小区的物业费是怎么算的？",
  ("他们小区的物业费是怎么算的？", F, "person"),
  ("我们小区的停车费是怎么算的？", F, "category-swap"),
  ("我们小区的物业费是什么时候交？", F, "question-word"),
  ("我们小区物业费的计算方式是什么？", T, "rephrase"),
  ("我们小区的物业费是谁定的？", F, "question-word"))
g("real-estate", "我可以用我的公积金帮我老公还房贷吗？",
  ("我可以用我的公积金帮我弟弟还房贷吗？", F, "category-swap"),
  ("我可以用我的公积金帮我老公还车贷吗？", F, "category-swap"),
  ("我的公积金能不能用来给老公还房贷？", T, "synonym"),
  ("我可以用我的公积金帮我前夫还房贷吗？", F, "category-swap"))
g("school", "我老婆的表妹的孩子跟我是什么关系？",
  ("我表妹的老婆的孩子跟我是什么关系？", F, "possessive-relation"),
  ("我老婆的表妹的孩子和我是什么亲戚关系？", T, "synonym"),
  ("我老婆的表妹的老公跟我是什么关系？", F, "category-swap"),
  ("我妈的表妹的孩子跟我是什么关系？", F, "category-swap"))
g("school", "三的平方根的两倍是多少？",
  ("三的两倍的平方根是多少？", F, "attachment"),
  ("三的立方根的两倍是多少？", F, "category-swap"),
  ("三的平方根的三倍是多少？", F, "number-words"),
  ("根号三乘以二等于多少？", T, "rephrase"),
  ("2√3 约等于多少？", T, "short-form"))
g("shopping", "这款手机的黑色和白色哪个更便宜？",
  ("这款手机的白色和黑色哪个更便宜？", T, "reorder"),
  ("这款手机的黑色和白色哪个更贵？", F, "comparative"),
  ("这款手机的黑色和蓝色哪个更便宜？", F, "category-swap"),
  ("这款手机的黑色和白色哪个更耐脏？", F, "category-swap"),
  ("这款手机黑色款跟白色款，哪个价格低一点？", T, "synonym"))
g("health", "血压高压一百四以上算高血压吗？",
  ("血压高压一百四以下算高血压吗？", F, "comparative"),
  ("血压高压一百二以上算高血压吗？", F, "number-words"),
  ("收缩压140以上是不是就属于高血压？", T, "synonym"),
  ("血压高压一百四以上要吃药吗？", F, "question-word"))
g("programming", "git 怎么撤销最近一次 commit？",
  ("git 怎么撤销最近一次 push？", F, "category-swap"),
  ("git 怎么修改最近一次 commit？", F, "action"),
  ("git 怎么撤销最早一次 commit？", F, "comparative"),
  ("git 如何回退最近的一次提交？", T, "synonym"),
  ("git 怎么撤销最近两次 commit？", F, "number-words"))
g("programming", "MySQL 里 varchar 和 char 哪个更省空间？",
  ("MySQL 里 char 和 varchar 哪个更省空间？", T, "reorder"),
  ("MySQL 里 varchar 和 char 哪个更快？", F, "category-swap"),
  ("MySQL 里 varchar 和 text 哪个更省空间？", F, "category-swap"),
  ("MySQL 里 varchar 和 char 哪个更费空间？", F, "comparative"),
  ("PostgreSQL 里 varchar 和 char 哪个更省空间？", F, "category-swap"))
g("programming", "React 18 里 useEffect 为什么会执行两次？",
  ("React 17 里 useEffect 为什么会执行两次？", F, "category-swap"),
  ("React 18 里 useEffect 怎么才能只执行一次？", F, "question-word"),
  ("React 18 里 useMemo 为什么会执行两次？", F, "category-swap"),
  ("为什么在 React 18 中 useEffect 会跑两遍？", T, "synonym"),
  ("React 18 里 useEffect 为什么会执行三次？", F, "number-words"))
g("telecom", "我的套餐每个月有多少分钟通话？",
  ("我的套餐每个月有多少流量？", F, "category-swap"),
  ("我老公的套餐每个月有多少分钟通话？", F, "person"),
  ("我的套餐每个月通话时长一共是几分钟？", T, "synonym"),
  ("我的套餐每个月超出的通话多少钱一分钟？", F, "question-word"),
  ("我上个月的套餐有多少分钟通话？", F, "tense"))
g("government", "在上海交满几年社保才能买房？",
  ("在北京交满几年社保才能买房？", F, "category-swap"),
  ("在上海交满几年社保才能落户？", F, "category-swap"),
  ("在上海交满几年个税才能买房？", F, "category-swap"),
  ("上海买房需要社保连续交够多少年？", T, "rephrase"),
  ("在上海交满几年社保才能买第二套房？", F, "qualifier"))
g("school", "二十块钱三斤的苹果，买两斤要多少钱？",
  ("二十块钱两斤的苹果，买三斤要多少钱？", F, "number-words"),
  ("20元3斤的苹果，买2斤得多少钱？", T, "synonym"),
  ("二十块钱三斤的苹果，一百块能买几斤？", F, "question-word"),
  ("十二块钱三斤的苹果，买两斤要多少钱？", F, "number-words"))
g("cooking", "红烧肉要用冰糖还是白糖？",
  ("红烧肉要用白糖还是冰糖？", T, "reorder"),
  ("红烧鱼要用冰糖还是白糖？", F, "category-swap"),
  ("红烧肉要放多少冰糖？", F, "question-word"),
  ("红烧肉要用老抽还是生抽？", F, "category-swap"),
  ("做红烧肉，冰糖和白砂糖哪个更好？", T, "rephrase"))
g("customer-service", "订单付款后多久可以取消？",
  ("订单发货后多久可以取消？", F, "qualifier"),
  ("订单付款后多久会发货？", F, "action"),
  ("订单付款后能不能取消？", F, "question-word"),
  ("付完款之后，订单多长时间内还能取消？", T, "rephrase"),
  ("预售订单付款后多久可以取消？", F, "qualifier"))
g("banking", "日元换成港币在哪换划算？",
  ("日元换成港币要多少手续费？", F, "question-word"),
  ("把日元兑换成港币，去哪儿换比较划算？", T, "synonym"),
  ("日元换成港币在机场换划算吗？", F, "qualifier"))
g("insurance", "我的车被别人的车刮了，对方全责怎么赔？",
  ("别人的车被我的车刮了，我全责怎么赔？", F, "passive-role"),
  ("对方把我的车刮了，他全责的话怎么赔？", T, "passive"),
  ("我的车被别人的车刮了，对方全责要多久赔？", F, "question-word"),
  ("我的车被别人的车刮了，双方同责怎么赔？", F, "qualifier"),
  ("我的车把别人的车刮了，对方全责怎么赔？", F, "passive-role"))
g("telecom", "他被我拉黑了，还能给我发消息吗？",
  ("我被他拉黑了，还能给他发消息吗？", F, "passive-role"),
  ("我把他拉黑了，他还能给我发消息吗？", T, "passive"),
  ("他被我删除了，还能给我发消息吗？", F, "action"),
  ("他被我拉黑了，还能看到我的朋友圈吗？", F, "category-swap"),
  ("他把我拉黑了，还能给我发消息吗？", F, "passive-role"))
g("health", "孕妇应该打流感疫苗吗？",
  ("孕妇必须打流感疫苗吗？", F, "modality"),
  ("孕妇应该打新冠疫苗吗？", F, "category-swap"),
  ("怀孕了该不该打流感疫苗？", T, "synonym"),
  ("孕妇应该在孕早期打流感疫苗吗？", F, "qualifier"))
g("hr-enterprise", "发票丢了还能报销吗？",
  ("收据丢了还能报销吗？", F, "category-swap"),
  ("发票丢了能不能报销？", T, "synonym"),
  ("发票过期了还能报销吗？", F, "category-swap"))
g("banking", "我朋友的银行卡能绑定我的支付宝吗？",
  ("我的银行卡能绑定我朋友的支付宝吗？", F, "possessive-relation"),
  ("朋友的银行卡可以绑在我的支付宝上吗？", T, "synonym"),
  ("我朋友的信用卡能绑定我的支付宝吗？", F, "category-swap"),
  ("我朋友的银行卡能绑定我的微信吗？", F, "category-swap"),
  ("我朋友的银行卡能解绑我的支付宝吗？", F, "action"))
g("school", "孩子的学籍跟着父母的户口走吗？",
  ("父母的户口跟着孩子的学籍走吗？", F, "possessive-relation"),
  ("孩子的学籍必须跟着父母的户口走吗？", F, "modality"),
  ("孩子的户口跟着父母的户口走吗？", F, "category-swap"),
  ("孩子学籍是不是随父母户口？", T, "synonym"))
g("government", "我的个税退税已经到账了吗？",
  ("我的个税退税什么时候到账？", F, "question-word"),
  ("我的个税补税已经交了吗？", F, "category-swap"),
  ("我去年的个税退税已经到账了吗？", F, "tense"),
  ("个税退的钱我已经收到了吗？", T, "rephrase"),
  ("我爱人的个税退税已经到账了吗？", F, "person"))
g("hr-enterprise", "这个月的工资已经发了吗？",
  ("上个月的工资已经发了吗？", F, "tense"),
  ("这个月的工资什么时候发？", F, "question-word"),
  ("这个月的奖金已经发了吗？", F, "category-swap"),
  ("这个月工资发了没？", T, "short-form"),
  ("这个月的工资还会发吗？", F, "tense"))
g("shopping", "半年前办的月卡能退吗？",
  ("上个月办的半年卡能退吗？", F, "attachment"),
  ("半年前办的年卡能退吗？", F, "category-swap"),
  ("半年前办的月卡能转让吗？", F, "action"),
  ("六个月前办的月卡可以退吗？", T, "synonym"))
g("insurance", "给我妈买的保险我能退吗？",
  ("我妈给我买的保险我能退吗？", F, "direction"),
  ("我给我妈买的保险，我能退吗？", T, "reorder"),
  ("给我妈买的保险她能退吗？", F, "person"),
  ("给我妈买的保险我能改受益人吗？", F, "action"),
  ("给我妈买的保险我能退吗？已经买了三年了", F, "qualifier"))
g("school", "小明比小红大三岁，五年后小红比小明小几岁？",
  ("小红比小明小三岁，五年后小明比小红大几岁？", T, "reorder"),
  ("小明比小红大三岁，五年后两人一共多少岁？", F, "question-word"),
  ("小明的年龄比小红大3岁，过5年小红比小明小多少岁？", T, "synonym"),
  ("小明比小红大三岁，小明今年十岁，五年后小红几岁？", F, "qualifier"))
g("cooking", "冷冻的饺子要先解冻再煮吗？",
  ("煮好的饺子要先冷冻再解冻吗？", F, "direction"),
  ("冷冻的饺子要先解冻再煎吗？", F, "action"),
  ("冷冻的包子要先解冻再蒸吗？", F, "category-swap"),
  ("速冻饺子下锅之前需不需要先化冻？", T, "rephrase"),
  ("冷冻的饺子能不能不解冻直接煮？", T, "rephrase"))

# ---------------------------------------------------------------- English, second part
g("insurance", "If I am hit by an uninsured driver, does my policy pay for my repairs?",
  ("If I hit an uninsured driver, does my policy pay for my repairs?", F, "passive-role"),
  ("If an uninsured driver hits me, does my policy pay for my repairs?", T, "passive"),
  ("If I am hit by an uninsured driver, does my policy pay for his repairs?", F, "person"),
  ("If I am hit by an uninsured driver, does my policy pay for my medical bills?", F, "category-swap"),
  ("If an uninsured motorist crashes into me, will my policy cover the repairs to my car?", T, "rephrase"),
  ("If an uninsured driver is hit by me, does my policy pay for my repairs?", F, "passive-role"))
g("hr-enterprise", "Can a manager be reported by an employee to HR for bullying?",
  ("Can an employee be reported by a manager to HR for bullying?", F, "passive-role"),
  ("Can an employee report a manager to HR for bullying?", T, "passive"),
  ("Can a manager report an employee to HR for bullying?", F, "role-swap"),
  ("Can a manager be reported by an employee to the police for bullying?", F, "category-swap"),
  ("Can a manager be reported anonymously by an employee to HR for bullying?", F, "qualifier"),
  ("can a manager be reported to HR by an employee for bullying", T, "reorder"))
g("customer-service", "Will I be refunded by the seller if the parcel is lost by the courier?",
  ("Will I be refunded by the courier if the parcel is lost by the seller?", F, "passive-role"),
  ("Will the seller refund me if the courier loses the parcel?", T, "passive"),
  ("Will the courier refund me if the seller loses the parcel?", F, "passive-role"),
  ("Will I be refunded by the seller if the parcel is damaged by the courier?", F, "category-swap"),
  ("Was I refunded by the seller when the parcel was lost by the courier?", F, "tense"))
g("banking", "Is the transfer fee paid by the sender or by the receiver?",
  ("Is the transfer fee paid to the sender or to the receiver?", F, "passive-role"),
  ("Does the sender or the receiver pay the transfer fee?", T, "passive"),
  ("Is the transfer fee paid by the sender or by the receiver for international transfers?", F, "qualifier"),
  ("Is the transfer fee refunded by the sender or by the receiver?", F, "action"),
  ("who pays the transfer fee, sender or receiver?", T, "short-form"),
  ("Is the currency conversion fee paid by the sender or by the receiver?", F, "category-swap"))
g("travel", "Can I get a refund for a cancelled flight booked with points?",
  ("Can I get a refund in points for a cancelled flight?", F, "attachment"),
  ("Can I get a refund for a delayed flight booked with points?", F, "category-swap"),
  ("If my flight booked with points is cancelled, can I get a refund?", T, "reorder"),
  ("Can I get a refund for a cancelled flight booked with cash?", F, "category-swap"),
  ("Can I get a refund for a flight booked with points that I cancelled?", F, "role-swap"))
g("health", "Can adults safely take children's cough syrup?",
  ("Can children take adults' cough syrup?", F, "possessive-relation"),
  ("Can adults take children's cough syrup at a higher dose?", F, "qualifier"),
  ("Can adults take children's allergy medicine?", F, "category-swap"),
  ("Is it OK for an adult to take cough syrup made for children?", T, "rephrase"),
  ("Can grown-ups take kids' cough syrup?", T, "synonym"))
g("banking", "Do I pay tax on money sent to my parents abroad?",
  ("Do I pay tax abroad on money sent to my parents?", F, "attachment"),
  ("Do my parents abroad pay tax on money sent to me?", F, "direction"),
  ("Do I pay tax on money received from my parents abroad?", F, "direction"),
  ("Is money I send to my parents abroad taxable for me?", T, "rephrase"),
  ("Do I pay tax on money sent to my parents abroad, please advise", T, "politeness"))
g("legal", "How do I report a stolen phone bought on eBay?",
  ("How do I report on eBay a stolen phone?", F, "attachment"),
  ("How do I report a stolen phone sold on eBay?", F, "role-swap"),
  ("How do I return a stolen phone bought on eBay?", F, "action"),
  ("I bought a phone on eBay and it turned out to be stolen. How do I report it?", T, "rephrase"))
g("shopping", "Can I return a gift bought with a coupon for cash?",
  ("Can I return a gift bought with cash for a coupon?", F, "attachment"),
  ("Can I exchange a gift bought with a coupon for cash?", F, "action"),
  ("Can I return a gift bought with a coupon for store credit?", F, "category-swap"),
  ("If a gift was paid for with a coupon, can I return it and get cash back?", T, "rephrase"),
  ("Can I return a gift bought without a coupon for cash?", F, "hidden-negation"))
g("government", "Should I file a police report before calling my insurer?",
  ("Must I file a police report before calling my insurer?", F, "modality"),
  ("Can I file a police report before calling my insurer?", F, "modality"),
  ("Should I file a police report after calling my insurer?", F, "comparative"),
  ("Is it a good idea to file a police report before I call my insurer?", T, "rephrase"),
  ("Should my husband file a police report before calling my insurer?", F, "person"))
g("travel", "Can I work while on a student visa in Australia?",
  ("Should I work while on a student visa in Australia?", F, "modality"),
  ("How many hours can I work on a student visa in Australia?", F, "question-word"),
  ("Can my spouse work while I am on a student visa in Australia?", F, "person"),
  ("Can I study while on a work visa in Australia?", F, "role-swap"),
  ("Am I allowed to have a job while on a student visa in Australia?", T, "synonym"))
g("hr-enterprise", "Do I have to give two weeks' notice before quitting my job?",
  ("Should I give two weeks' notice before quitting my job?", F, "modality"),
  ("Does my employer have to give me two weeks' notice before firing me?", F, "role-swap"),
  ("Do I have to give two months' notice before quitting?", F, "category-swap"),
  ("Am I required to give two weeks of notice before I quit?", T, "synonym"),
  ("Did I have to give two weeks' notice before quitting my last job?", F, "tense"),
  ("Do I have to give two weeks' notice before quitting during probation?", F, "qualifier"))
g("banking", "Has the interest rate on my savings account gone up this year?",
  ("Will the interest rate on my savings account go up this year?", F, "tense"),
  ("Has the interest rate on my mortgage gone up this year?", F, "category-swap"),
  ("Has the interest rate on my savings account gone down this year?", F, "comparative"),
  ("Did my savings account's interest rate go up this year?", T, "possessive"),
  ("Has the interest rate on my wife's savings account gone up this year?", F, "person"))
g("cars", "When did the new speed limit on motorways come into force?",
  ("When will the new speed limit on motorways come into force?", F, "tense"),
  ("Why did the new speed limit on motorways come into force?", F, "question-word"),
  ("When did the new speed limit on country roads come into force?", F, "category-swap"),
  ("Since when has the new motorway speed limit applied?", T, "rephrase"),
  ("When did the old speed limit on motorways stop applying?", F, "action"))
g("government", "Can I claim my mother as a dependant on my tax return?",
  ("Can my mother claim me as a dependant on her tax return?", F, "role-swap"),
  ("Can I claim my mother-in-law as a dependant on my tax return?", F, "category-swap"),
  ("Can we claim my mother as a dependant on our joint tax return?", F, "person"),
  ("Am I able to list my mom as a dependant on my tax return?", T, "synonym"),
  ("Can I claim my mother as a dependant on my tax return if she lives abroad?", F, "qualifier"))
g("hr-enterprise", "How many vacation days do I have left this year?",
  ("How many vacation days does my team have left this year?", F, "person"),
  ("How many sick days do I have left this year?", F, "category-swap"),
  ("How many vacation days did I have left last year?", F, "tense"),
  ("Could you tell me how many vacation days I have left this year?", T, "politeness"),
  ("how many vacation days do i have left this yr", T, "short-form"),
  ("How many vacation days can I carry over this year?", F, "action"))
g("real-estate", "Is my landlord's insurance responsible for my damaged furniture?",
  ("Is my insurance responsible for my landlord's damaged furniture?", F, "possessive-relation"),
  ("Is my landlord's insurance responsible for his damaged furniture?", F, "possessive-relation"),
  ("Is the insurance of my landlord responsible for my damaged furniture?", T, "possessive"),
  ("Does my landlord's insurance cover my damaged furniture?", T, "synonym"),
  ("Is my landlord's insurance responsible for my damaged laptop?", F, "category-swap"))
g("hr-enterprise", "Can the company's owner read employees' work emails?",
  ("Can employees read the company owner's work emails?", F, "possessive-relation"),
  ("Is the owner of the company allowed to read the work emails of employees?", T, "possessive"),
  ("Can the company's owner read employees' personal emails?", F, "category-swap"),
  ("Can the company's owner delete employees' work emails?", F, "action"),
  ("Can the company's owner read former employees' work emails?", F, "qualifier"))
g("real-estate", "Who pays for damage to my car caused by my neighbour's tree?",
  ("Who pays for damage to my neighbour's car caused by my tree?", F, "possessive-relation"),
  ("Who pays for damage to my car caused by my neighbour's tree in a storm?", F, "qualifier"),
  ("If my neighbour's tree damages my car, who pays for it?", T, "passive"),
  ("Who pays for damage to my car caused by the city's tree?", F, "possessive-relation"),
  ("who pays for damage to my car caused by my nieghbours tree", T, "typo-case"))
g("shopping", "Does the warranty cover all parts except the battery?",
  ("Does the warranty cover no parts except the battery?", F, "scope"),
  ("Does the warranty cover all parts including the battery?", F, "hidden-negation"),
  ("Does the warranty cover all parts except the screen?", F, "category-swap"),
  ("Apart from the battery, are all parts covered by the warranty?", T, "passive"),
  ("Does the warranty cover all parts except the battery after the first year?", F, "qualifier"))
g("customer-service", "Is it true that you can't always get a refund for a digital download?",
  ("Is it true that you always can't get a refund for a digital download?", F, "scope"),
  ("Is it true that you can always get a refund for a digital download?", F, "scope"),
  ("Is it true that you can't always get a refund for a physical product?", F, "category-swap"),
  ("Is it right that refunds for digital downloads aren't always possible?", T, "rephrase"),
  ("is it true u can't always get a refund for a digital download", T, "short-form"))
g("shopping", "Can I use a gift card bought in the US in Canada?",
  ("Can I use a gift card bought in Canada in the US?", F, "direction"),
  ("Can I sell a gift card bought in the US in Canada?", F, "action"),
  ("Is a gift card purchased in the US usable in Canada?", T, "synonym"),
  ("Can I use a gift card bought in the US in Mexico?", F, "category-swap"),
  ("Can I use a gift card bought in the US online?", F, "qualifier"))
g("banking", "How long does it take to move funds from Wise to my Revolut account?",
  ("How long does it take to move funds from Revolut to my Wise account?", F, "direction"),
  ("How much does it cost to move funds from Wise to my Revolut account?", F, "question-word"),
  ("How long do transfers from Wise to Revolut take?", T, "rephrase"),
  ("How long does it take to move funds from Wise to my Revolut account on weekends?", F, "qualifier"),
  ("How often can I move funds from Wise to my Revolut account?", F, "question-word"))
g("customer-service", "Can I cancel my gym membership without paying a fee?",
  ("Can I freeze my gym membership without paying a fee?", F, "action"),
  ("Can I cancel my gym membership only by paying a fee?", F, "scope"),
  ("Is there a way to cancel my gym membership for free?", T, "rephrase"),
  ("Can I cancel my gym membership without giving notice?", F, "category-swap"),
  ("Can I cancel my gym membership without paying a fee after twelve months?", F, "qualifier"),
  ("Can I cancel my gym membership except by paying a fee?", F, "hidden-negation"))
g("programming", "Does this function return null unless the list is empty?",
  ("Does this function return null if the list is empty?", F, "hidden-negation"),
  ("Does this function return null only if the list is empty?", F, "scope"),
  ("Does this function return null unless the list is sorted?", F, "category-swap"),
  ("Does this function throw unless the list is empty?", F, "action"),
  ("Does this function return null whenever the list is not empty?", T, "rephrase"))
g("telecom", "Can I no longer use my old SIM card after the eSIM is activated?",
  ("Can I still use my old SIM card after the eSIM is activated?", F, "hidden-negation"),
  ("Can I no longer use my old SIM card before the eSIM is activated?", F, "comparative"),
  ("Once the eSIM is activated, does my old SIM card stop working?", T, "rephrase"),
  ("Can I no longer use my old eSIM after the SIM card is activated?", F, "role-swap"),
  ("Can my wife no longer use her old SIM card after my eSIM is activated?", F, "person"))
g("school", "Is a square always a rectangle but not the other way round?",
  ("Is a rectangle always a square but not the other way round?", F, "role-swap"),
  ("Is a square always a rhombus but not the other way round?", F, "category-swap"),
  ("Is every square a rectangle, while not every rectangle is a square?", T, "rephrase"),
  ("Is a square never a rectangle but the other way round?", F, "hidden-negation"))
g("cooking", "Could I use baking soda instead of baking powder in pancakes?",
  ("Can I use baking powder instead of baking soda in pancakes?", F, "direction"),
  ("Can I use baking soda instead of baking powder in cookies?", F, "category-swap"),
  ("Can I use baking soda as well as baking powder in pancakes?", F, "hidden-negation"),
  ("Is it OK to replace baking powder with baking soda in pancakes?", T, "rephrase"),
  ("Can I use baking soda instead of yeast in pancakes?", F, "category-swap"))
g("legal", "Does my wife inherit everything if I die without a will?",
  ("Do I inherit everything if my wife dies without a will?", F, "role-swap"),
  ("Does my wife inherit everything if I die with a will?", F, "hidden-negation"),
  ("Does my ex-wife inherit everything if I die without a will?", F, "category-swap"),
  ("If I die intestate, does my wife get everything?", T, "synonym"),
  ("Does my wife inherit everything if I die without a will in Scotland?", F, "qualifier"))
g("shopping", "Is the 10% discount for orders over $50 applied before tax?",
  ("Is the 50% discount for orders over $10 applied before tax?", F, "attachment"),
  ("Is the 10% discount for orders over $50 applied after tax?", F, "comparative"),
  ("Is the 10% discount applied before tax for orders over $50?", T, "reorder"),
  ("Is the 10% discount for orders under $50 applied before tax?", F, "comparative"))
g("health", "Do I need a sick note from my doctor for work?",
  ("Do I need a sick note from work for my doctor?", F, "attachment"),
  ("Do I need a sick note from my doctor for school?", F, "category-swap"),
  ("Do I need a doctor's sick note for work?", T, "possessive"),
  ("Do I need a sick note from my doctor for work after one day off?", F, "qualifier"))
g("travel", "有没有从北京飞上海、在南京经停的航班？",
  ("有没有从北京飞南京、在上海经停的航班？", F, "attachment"),
  ("有没有从北京飞上海、在南京转机的航班？", F, "category-swap"),
  ("有没有北京到上海中途经停南京的航班？", T, "synonym"),
  ("有没有从上海飞北京、在南京经停的航班？", F, "direction"))
g("cars", "国产车换进口轮胎值得吗？",
  ("进口车换国产轮胎值得吗？", F, "attachment"),
  ("国产车换进口机油值得吗？", F, "category-swap"),
  ("给国产车换进口的轮胎划算吗？", T, "synonym"),
  ("国产车换进口轮胎必须去4S店吗？", F, "modality"))
g("programming", "How do I get the last element of a list inside a dictionary in Python?",
  ("How do I get the last element of a dictionary inside a list in Python?", F, "attachment"),
  ("How do I get the first element of a list inside a dictionary in Python?", F, "comparative"),
  ("In Python, how do I access the final item of a list stored in a dict?", T, "rephrase"),
  ("How do I remove the last element of a list inside a dictionary in Python?", F, "action"))
g("school", "十的平方的一半是多少？",
  ("十的一半的平方是多少？", F, "attachment"),
  ("十的立方的一半是多少？", F, "category-swap"),
  ("十的平方的三分之一是多少？", F, "number-words"),
  ("10²÷2 等于多少？", T, "rephrase"))
g("school", "What is half of the square of six?",
  ("What is the square of half of six?", F, "attachment"),
  ("What is half of the cube of six?", F, "category-swap"),
  ("What is 6 squared divided by 2?", T, "rephrase"),
  ("What is a third of the square of six?", F, "number-words"))
g("programming", "How do I print the first line of every file in a folder?",
  ("How do I print every line of the first file in a folder?", F, "attachment"),
  ("How do I delete the first line of every file in a folder?", F, "action"),
  ("How do I print the last line of every file in a folder?", F, "comparative"),
  ("How can I print line one of each file in a directory?", T, "synonym"))
g("travel", "两个大人带一个孩子能住一间标准间吗？",
  ("一个大人带两个孩子能住一间标准间吗？", F, "attachment"),
  ("两个大人带一个孩子能住一间大床房吗？", F, "category-swap"),
  ("两大一小可以住一个标间吗？", T, "short-form"),
  ("两个大人带一个孩子必须订两间标准间吗？", F, "modality"))
g("government", "Can I pay my council tax in instalments?",
  ("Must I pay my council tax in instalments?", F, "modality"),
  ("Should I pay my council tax in instalments?", F, "modality"),
  ("Is it possible to pay council tax in instalments?", T, "rephrase"),
  ("Can I pay my council tax in cash?", F, "category-swap"),
  ("Could I have paid my council tax in instalments last year?", F, "tense"))
g("government", "离职后公积金可以取出来吗？",
  ("离职后公积金必须取出来吗？", F, "modality"),
  ("离职后公积金应该取出来吗？", F, "modality"),
  ("离职后社保可以取出来吗？", F, "category-swap"),
  ("辞职以后住房公积金能不能提取？", T, "synonym"),
  ("离职后公积金已经取出来了吗？", F, "tense"))
g("legal", "If a pedestrian is hit by a cyclist, who pays for the injuries?",
  ("If a cyclist is hit by a pedestrian, who pays for the injuries?", F, "passive-role"),
  ("If a cyclist hits a pedestrian, who pays for the injuries?", T, "passive"),
  ("If a pedestrian hits a cyclist, who pays for the injuries?", F, "passive-role"),
  ("If a pedestrian is hit by a cyclist in the Netherlands, who pays for the injuries?", F, "qualifier"))
g("legal", "老人被狗咬了，狗主人要赔多少？",
  ("狗被老人打了，老人要赔多少？", F, "passive-role"),
  ("狗把老人咬了，狗主人要赔多少钱？", T, "passive"),
  ("老人被狗咬了，狗主人要负刑事责任吗？", F, "question-word"),
  ("老人把狗咬了，狗主人要赔多少？", F, "passive-role"),
  ("老人被流浪狗咬了，谁来赔？", F, "qualifier"))
g("real-estate", "Can I be sued by my tenant for entering the flat without notice?",
  ("Can my tenant be sued by me for entering the flat without notice?", F, "passive-role"),
  ("Can my tenant sue me for entering the flat without notice?", T, "passive"),
  ("Can I sue my tenant for entering the flat without notice?", F, "role-swap"),
  ("Can I be sued by my tenant for entering the flat with notice?", F, "hidden-negation"))
g("health", "Can my husband's employer see my medical records?",
  ("Can my employer's husband see my medical records?", F, "possessive-relation"),
  ("Can my employer see my husband's medical records?", F, "possessive-relation"),
  ("Can my husband's employer see his medical records?", F, "possessive-relation"),
  ("Can the employer of my husband see my medical records?", T, "possessive"),
  ("Can my husband's insurer see my medical records?", F, "category-swap"))
g("legal", "公司的债务股东要还吗？",
  ("股东的债务公司要还吗？", F, "possessive-relation"),
  ("有限公司的债务股东需要承担吗？", T, "synonym"),
  ("公司的债务员工要还吗？", F, "category-swap"),
  ("公司的税款股东要还吗？", F, "category-swap"))
g("shopping", "这几款手机都不支持5G吗？",
  ("这几款手机不都支持5G吗？", F, "scope"),
  ("这几款手机都支持5G吗？", F, "scope"),
  ("这几款手机是不是全都没有5G？", T, "rephrase"),
  ("这几款手机都不支持NFC吗？", F, "category-swap"))
g("telecom", "我家的宽带已经到期了吗？",
  ("我家的宽带什么时候到期？", F, "question-word"),
  ("我家的宽带下个月到期吗？", F, "tense"),
  ("我家的宽带已经续费了吗？", F, "action"),
  ("我家宽带到期了没？", T, "short-form"),
  ("我爸妈家的宽带已经到期了吗？", F, "person"))
g("customer-service", "Was my complaint forwarded by the store to the manufacturer?",
  ("Was my complaint forwarded by the manufacturer to the store?", F, "passive-role"),
  ("Did the store forward my complaint to the manufacturer?", T, "passive"),
  ("Was the manufacturer's complaint forwarded by the store to me?", F, "possessive-relation"),
  ("Was my complaint rejected by the store and the manufacturer?", F, "action"))
g("school", "What is the square root of the sum of 9 and 16?",
  ("What is the sum of the square roots of 9 and 16?", F, "attachment"),
  ("What is the square root of the product of 9 and 16?", F, "category-swap"),
  ("What is √(9+16)?", T, "rephrase"),
  ("What is the square root of the sum of 9 and 61?", F, "number-words"))
g("school", "九和十六的和的平方根是多少？",
  ("九和十六的平方根的和是多少？", F, "attachment"),
  ("九和十六的积的平方根是多少？", F, "category-swap"),
  ("√(9+16) 等于几？", T, "rephrase"),
  ("九和十六的和的立方根是多少？", F, "category-swap"))
g("health", "Can I wear contact lenses when I swim?",
  ("Should I wear contact lenses when I swim?", F, "modality"),
  ("Can I wear glasses when I swim?", F, "category-swap"),
  ("Is it OK to swim with contact lenses in?", T, "rephrase"),
  ("Can I wear contact lenses when I shower?", F, "category-swap"))
g("travel", "Should I tip the taxi driver in Japan?",
  ("Can I tip the taxi driver in Japan?", F, "modality"),
  ("Should I tip the taxi driver in the US?", F, "category-swap"),
  ("Is tipping taxi drivers expected in Japan?", T, "rephrase"),
  ("Should I tip the hotel staff in Japan?", F, "category-swap"))
g("travel", "在日本坐出租车应该给小费吗？",
  ("在日本坐出租车可以给小费吗？", F, "modality"),
  ("在美国坐出租车应该给小费吗？", F, "category-swap"),
  ("在日本打车需不需要给小费？", T, "synonym"),
  ("在日本坐出租车应该怎么给小费？", F, "question-word"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def main():
    rows = []
    for i, (domain, a, variants) in enumerate(GROUPS, 1):
        assert 3 <= len(variants) <= 7, (a, len(variants))
        lang = "zh" if CJK.search(a) else "en"
        for b, label, cls in variants:
            assert b != a and isinstance(label, bool), (a, b)
            rows.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                         "group": "d8-%03d" % i, "split": "dev"})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pairs in %d groups to %s" % (len(rows), len(GROUPS), OUT))


if __name__ == "__main__":
    main()
