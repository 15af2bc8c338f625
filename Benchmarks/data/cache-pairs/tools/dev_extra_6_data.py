#!/usr/bin/env python3
"""Literal data for dev-extra-6.jsonl (semantic-cache question pairs, dev split only).

    python3 Benchmarks/data/cache-pairs/tools/dev_extra_6_data.py

A precision-oriented set: about 70% of the pairs are `false` near-misses that share almost every word with the
stored question `a` and differ in one small thing (a direction, an operator, a qualifier, a number, a name, a
question word, a negation, a tense, a person ...). Each group is one anchor `a` and 3-6 variants `b`, each with a
label (True: one complete, correct answer to `a` fully answers `b`) and a class. Written by a helper that did not
read Sources/ or Tests/ and did not run the verifier. Every record is `"split": "dev"`; group ids are d6-NNN in the
order written.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dev-extra-6.jsonl")

T, F = True, False
GROUPS = []


def g(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- English
g("banking", "Can I transfer money from my savings account to my checking account online?",
  ("Can I transfer money from my checking account to my savings account online?", F, "direction"),
  ("Can I transfer money from my savings account to my checking account at an ATM?", F, "qualifier"),
  ("Is it possible to move money online from my savings account into my checking account?", T, "rephrase"),
  ("Can I transfer money from my savings account to your checking account online?", F, "person"),
  ("can i transfer money from my savings acount to my checking account online", T, "typo-case"))
g("banking", "My landlord says the deposit was paid by my roommate. Was the rent deposit paid by me or by my roommate?",
  ("My landlord says the deposit was paid by my roommate. Was the rent deposit refunded to me or to my roommate?", F, "action"),
  ("My landlord says the deposit was paid by my roommate. Was the rent deposit paid by me or by my roommate in 2024?", F, "qualifier"),
  ("My landlord says the deposit was paid by my roommate. Was the rent deposit paid by my roommate or by me?", T, "reorder"))
g("banking", "Was the invoice paid by Acme to Globex or by Globex to Acme?",
  ("Was the invoice paid by Acme to Initech or by Initech to Acme?", F, "entity"),
  ("Which company paid the invoice to the other, Acme or Globex?", T, "rephrase"),
  ("Was the invoice sent by Acme to Globex or by Globex to Acme?", F, "action"),
  ("Was the invoice paid by Globex to Acme or by Acme to Globex?", T, "reorder"))
g("banking", "Did Acme pay Globex for the March shipment?",
  ("Did Globex pay Acme for the March shipment?", F, "direction"),
  ("Was Acme paid by Globex for the March shipment?", F, "direction"),
  ("Was Globex paid by Acme for the March shipment?", T, "rephrase"),
  ("Did Acme pay Globex for the May shipment?", F, "entity"),
  ("Will Acme pay Globex for the March shipment?", F, "tense"))
g("banking", "What is the fee for withdrawing cash from an ATM abroad with my debit card?",
  ("What is the fee for depositing cash at an ATM abroad with my debit card?", F, "action"),
  ("What is the fee for withdrawing cash from an ATM abroad with my credit card?", F, "object"),
  ("What is the fee for withdrawing cash from an ATM at home with my debit card?", F, "antonym"),
  ("How much does it cost to withdraw cash from a foreign ATM with my debit card?", T, "rephrase"),
  ("What's the charge for withdrawing cash from an ATM abroad with my debit card?", T, "synonym"))
g("banking", "How long does an international wire transfer take to arrive?",
  ("How long will it take for an international wire transfer to arrive?", T, "synonym"),
  ("How much does an international wire transfer cost?", F, "question-word"),
  ("How long does a domestic wire transfer take to arrive?", F, "antonym"),
  ("How long does an international wire transfer take to be reversed?", F, "action"),
  ("How many days does it take for an international wire transfer to arrive?", T, "rephrase"))
g("banking", "I opened a joint account last year. Can my husband close our joint account without my permission?",
  ("I opened a joint account last year. Can I close our joint account without my husband's permission?", F, "direction"),
  ("I opened a joint account last year. Can my husband close our joint account with my permission?", F, "antonym"),
  ("I opened a joint account last year. Can my husband withdraw from our joint account without my permission?", F, "action"),
  ("I opened a joint account last year. Is my husband able to close our joint account without my permission?", T, "synonym"))
g("banking", "Is the interest rate on a 12-month CD higher than on a savings account?",
  ("Is the interest rate on a savings account lower than on a 12-month CD?", T, "rephrase"),
  ("Is the interest rate on a savings account higher than on a 12-month CD?", F, "direction"),
  ("Is the interest rate on a 6-month CD higher than on a savings account?", F, "number"),
  ("Is the interest rate on a 12-month CD lower than on a savings account?", F, "antonym"),
  ("Does a 12-month CD pay a higher interest rate than a savings account?", T, "rephrase"))
# programming
g("programming", "In Python, what does 7 // 2 evaluate to?",
  ("In Python, what does 7 / 2 evaluate to?", F, "operator"),
  ("In Python, what does 7 % 2 evaluate to?", F, "operator"),
  ("In Python, what does 7 ** 2 evaluate to?", F, "operator"),
  ("In Python, what does -7 // 2 evaluate to?", F, "operator"),
  ("In Python, what is the result of 7 // 2?", T, "rephrase"),
  ("in python what does 7 // 2 evaluate to", T, "typo-case"))
g("programming", "In JavaScript, why does [] == false return true?",
  ("In JavaScript, why does [] === false return false?", F, "operator"),
  ("In JavaScript, why does [] != false return false?", F, "operator"),
  ("In JavaScript, why does {} == false return false?", F, "object"),
  ("In JavaScript, what is the reason [] == false returns true?", T, "rephrase"))
g("programming", "What is the value of 1 << 4 in C?",
  ("what is the value of 1<<4 in c", T, "typo-case"),
  ("What is the value of 1 >> 4 in C?", F, "operator"),
  ("What is the value of 1 << 3 in C?", F, "number"),
  ("What is the value of 1 | 4 in C?", F, "operator"),
  ("In C, what does 1 << 4 evaluate to?", T, "rephrase"))
g("programming", "What does 6 & 3 return in Java?",
  ("What does 6 | 3 return in Java?", F, "operator"),
  ("What does 6 ^ 3 return in Java?", F, "operator"),
  ("What does 6 && 3 return in Java?", F, "operator"),
  ("In Java, what is the result of 6 & 3?", T, "reorder"))
g("programming", "How do I convert a list to a tuple in Python?",
  ("How do I convert a tuple to a list in Python?", F, "direction"),
  ("How do I convert a list to a frozenset in Python?", F, "object"),
  ("How do I convert a list to a tuple in Rust?", F, "entity"),
  ("How can I turn a Python list into a tuple?", T, "rephrase"),
  ("In Python, how do I convert a list to a tuple?", T, "reorder"))
g("programming", "What new syntax for declaring variables did ES6 add compared to ES5?",
  ("What new syntax for declaring classes did ES6 add compared to ES5?", F, "object"),
  ("What new syntax for declaring variables did ES2017 add compared to ES6?", F, "entity"),
  ("What old syntax for declaring variables did ES6 deprecate compared to ES5?", F, "antonym"),
  ("Compared to ES5, what new variable-declaration syntax came with ES6?", T, "rephrase"))
g("programming", "Should I call super().__init__() before or after setting attributes in a Python subclass?",
  ("Can I call super().__init__() after setting attributes in a Python subclass?", F, "qualifier"),
  ("Should I call super().__init__() before or after setting attributes in a Java subclass?", F, "entity"),
  ("In a Python subclass, should super().__init__() be called after or before setting attributes?", T, "reorder"))
g("programming", "I get a merge conflict when I pull. How do I rebase my feature branch onto main?",
  ("I get a merge conflict when I pull. How do I rebase main onto my feature branch?", F, "direction"),
  ("I get a merge conflict when I pull. How do I merge my feature branch into main?", F, "action"),
  ("I get a merge conflict when I pull. How do I rebase my feature branch onto develop?", F, "entity"),
  ("I get a merge conflict when I pull. What are the steps to rebase my feature branch onto main?", T, "rephrase"))
g("programming", "Does Python 3.12 still support the distutils module?",
  ("Does Python 3.11 still support the distutils module?", F, "entity"),
  ("Does Python 3.12 still support the asyncore module?", F, "object"),
  ("Does Python 3.10 still support the distutils module?", F, "entity"),
  ("Is the distutils module still supported in Python 3.12?", T, "reorder"))
g("programming", "Why does my Docker container exit immediately after it starts?",
  ("Why does my Docker container restart immediately after it starts?", F, "action"),
  ("Why does my Docker container exit immediately after I attach to it?", F, "object"),
  ("Why doesn't my Docker container exit immediately after it starts?", F, "negation"),
  ("Why does my Docker container exit right after it starts?", T, "synonym"),
  ("why does my docker conatiner exit immediately after it starts", T, "typo-case"))
g("programming", "How do I remove the last element from an array in JavaScript without modifying the original array?",
  ("How do I remove the last element from an array in JavaScript?", F, "qualifier"),
  ("How do I remove the first element from an array in JavaScript without modifying the original array?", F, "number"),
  ("How do I add an element to the end of an array in JavaScript without modifying the original array?", F, "action"),
  ("In JavaScript, how can I drop the last element of an array without mutating the original array?", T, "rephrase"))
g("programming", "Which port does PostgreSQL listen on by default?",
  ("Which port does MySQL listen on by default?", F, "entity"),
  ("Which address does PostgreSQL listen on by default?", F, "object"),
  ("How do I change which port PostgreSQL listens on?", F, "action"),
  ("What is PostgreSQL's default port?", T, "rephrase"),
  ("By default, which port does PostgreSQL listen on?", T, "reorder"))
g("programming", "Is x => x * 2 the same as function(x) { return x * 2 } in JavaScript?",
  ("Is x => x ** 2 the same as function(x) { return x ** 2 } in JavaScript?", F, "operator"),
  ("Is x >= x * 2 the same as function(x) { return x * 2 } in JavaScript?", F, "operator"),
  ("In JavaScript, is x => x * 2 equivalent to function(x) { return x * 2 }?", T, "synonym"))
g("programming", "What is the time complexity of inserting into a Python dict?",
  ("What is the time complexity of deleting from a Python dict?", F, "action"),
  ("What is the worst-case time complexity of inserting into a Python dict?", F, "qualifier"),
  ("What is the space complexity of inserting into a Python dict?", F, "object"),
  ("How fast is inserting into a Python dict in big-O terms?", T, "rephrase"))
g("programming", "How many bytes does an int take in Java?",
  ("How many bytes does a Java int occupy?", T, "synonym"),
  ("How many bits does an int take in Java?", F, "number"),
  ("How many bytes does a long take in Java?", F, "object"),
  ("How many bytes does an int take in C?", F, "entity"),
  ("In Java, what is the size of an int in bytes?", T, "rephrase"))
# math
g("math", "What is 35% of 60?",
  ("What is 60% of 35?", T, "reorder"),
  ("What is 35% of 40?", F, "number"),
  ("35 is what percent of 60?", F, "direction"),
  ("What is 60 plus 35%?", F, "operator"),
  ("what is 35 percent of 60", T, "typo-case"))
g("math", "Is 2 to the power of 10 greater than 10 to the power of 3?",
  ("Is 10 to the power of 3 greater than 2 to the power of 10?", F, "direction"),
  ("Is 2 to the power of 10 less than 10 to the power of 3?", F, "antonym"),
  ("Is 2 to the power of 9 greater than 10 to the power of 3?", F, "number"))
g("math", "What is the derivative of x^4 * cos(x)?",
  ("What is the integral of x^4 * cos(x)?", F, "action"),
  ("What is the derivative of x^4 + cos(x)?", F, "operator"),
  ("What is the derivative of x^5 * cos(x)?", F, "number"),
  ("Differentiate x^4 * cos(x).", T, "rephrase"),
  ("What is the derivative of cos(x) * x^4?", T, "reorder"))
g("math", "How many ways can 5 people sit in a row if two of them must sit together?",
  ("How many ways can 5 people sit in a row if two of them must not sit together?", F, "negation"),
  ("How many ways can 5 people sit in a circle if two of them must sit together?", F, "object"),
  ("How many ways can 6 people sit in a row if two of them must sit together?", F, "number"),
  ("In how many ways can 5 people be seated in a row when two particular people must be next to each other?", T, "rephrase"))
g("math", "A train leaves at 3 pm going 60 mph. When does it arrive 150 miles away?",
  ("A train leaves at 3 pm going 60 mph. How far has it gone at 5:30 pm?", F, "question-word"),
  ("A train leaves at 3 pm going 50 mph. When does it arrive 150 miles away?", F, "number"),
  ("A train arrives at 3 pm after going 60 mph. When did it leave 150 miles away?", F, "direction"),
  ("A train departs at 3 pm traveling at 60 mph. At what time does it reach a point 150 miles away?", T, "rephrase"))
g("math", "What is the probability of rolling at least one six in four rolls of a die?",
  ("What is the probability of rolling at least one 6 in 4 rolls of a die?", T, "typo-case"),
  ("What is the probability of rolling exactly one six in four rolls of a die?", F, "quantifier"),
  ("What is the probability of rolling no six in four rolls of a die?", F, "negation"),
  ("What is the probability of rolling at least one six in three rolls of a die?", F, "number"),
  ("If I roll a die four times, what's the chance of getting at least one six?", T, "rephrase"))
g("math", "Which is larger, 2/3 or 5/8?",
  ("Which is smaller, 2/3 or 5/8?", F, "antonym"),
  ("Which is larger, 5/8 or 2/3?", T, "reorder"),
  ("Which is larger, 2/3 or 5/7?", F, "number"),
  ("How much larger is 2/3 than 5/8?", F, "question-word"))
g("math", "What is 12 minus 5 times 2?",
  ("What is 12 plus 5 times 2?", F, "operator"),
  ("What is 5 times 2 minus 12?", F, "direction"),
  ("Compute 12 - 5 * 2.", T, "rephrase"))
# shopping
g("shopping", "Can I return a sale item I bought online to a physical store?",
  ("Can I return a sale item I bought in a physical store online?", F, "direction"),
  ("Can I exchange a sale item I bought online at a physical store?", F, "action"),
  ("Can I return an item I bought online to a physical store?", F, "qualifier"),
  ("Is it possible to return a discounted item purchased online to a brick-and-mortar store?", T, "synonym"))
g("shopping", "How long do I have to return shoes after delivery?",
  ("How long do I have to report damaged shoes after delivery?", F, "action"),
  ("How do I return shoes after delivery?", F, "question-word"),
  ("How long do I have to return worn shoes after delivery?", F, "qualifier"),
  ("What's the return window for shoes after they're delivered?", T, "rephrase"))
g("shopping", "I ordered two jackets last week. Will you refund the shipping cost if I return both?",
  ("I ordered two jackets last week. Will you refund the shipping cost if I return one?", F, "quantifier"),
  ("I ordered two jackets last week. Will you refund the shipping cost if I exchange both?", F, "action"),
  ("I ordered two jackets last week. Did you refund the shipping cost when I returned both?", F, "tense"),
  ("I ordered two jackets last week. If I send both back, will you refund the shipping cost?", T, "reorder"))
g("shopping", "Do you price-match Best Buy?",
  ("Does Best Buy price-match you?", F, "direction"),
  ("Do you price-match Target?", F, "entity"),
  ("Will you match Best Buy's prices?", T, "rephrase"),
  ("do you price match best buy", T, "typo-case"))
g("shopping", "Can I use two coupon codes on one order?",
  ("Can I use one coupon code on two orders?", F, "direction"),
  ("Can I use two gift cards on one order?", F, "object"),
  ("Can I use three coupon codes on one order?", F, "number"),
  ("Is it possible to apply two coupon codes to a single order?", T, "rephrase"))
# health
g("health", "Can I take ibuprofen after drinking alcohol?",
  ("Hi, could you tell me whether I can take ibuprofen after drinking alcohol?", T, "politeness"),
  ("Can I drink alcohol after taking ibuprofen?", F, "direction"),
  ("Can I take acetaminophen after drinking alcohol?", F, "entity"),
  ("Should I take ibuprofen after drinking alcohol?", F, "modality"),
  ("Is it safe to take ibuprofen after I've been drinking alcohol?", T, "rephrase"))
g("health", "How often should an adult get a tetanus booster?",
  ("How often should a child get a tetanus booster?", F, "object"),
  ("When should an adult get their first tetanus shot?", F, "question-word"),
  ("How often should an adult get a flu shot?", F, "entity"),
  ("How frequently do adults need a tetanus booster?", T, "synonym"))
g("health", "My son is 4. How much children's paracetamol can he have in 24 hours?",
  ("My son is 4. How often can he have children's paracetamol in 24 hours?", F, "question-word"),
  ("My son is 4. How much children's ibuprofen can he have in 24 hours?", F, "entity"),
  ("My son is 8. How much children's paracetamol can he have in 24 hours?", F, "number"),
  ("My son is 4. What's the maximum amount of children's paracetamol he can have in 24 hours?", T, "rephrase"))
g("health", "Should I use ice or heat on a sprained ankle in the first 48 hours?",
  ("Should I use heat or ice on a sprained ankle in the first 48 hours?", T, "reorder"),
  ("Should I use ice or heat on a sprained ankle after the first 48 hours?", F, "direction"),
  ("Should I use ice or heat on a broken ankle in the first 48 hours?", F, "object"),
  ("Why should I use ice on a sprained ankle in the first 48 hours?", F, "question-word"))
g("health", "Is a resting heart rate of 55 too low for a 30-year-old?",
  ("Is a resting heart rate of 55 too high for a 30-year-old?", F, "antonym"),
  ("Is a resting heart rate of 45 too low for a 30-year-old?", F, "number"),
  ("Is a resting heart rate of 55 too low for a 70-year-old?", F, "number"),
  ("For a 30-year-old, is a resting heart rate of 55 too low?", T, "reorder"))
# travel
g("travel", "Do I need a visa to travel from Canada to Japan?",
  ("Do I need a visa to travel from Japan to Canada?", F, "direction"),
  ("Do I need a visa to travel from Canada to China?", F, "entity"),
  ("Do I need a passport to travel from Canada to Japan?", F, "object"),
  ("Does a Canadian need a visa to visit Japan?", T, "rephrase"))
g("travel", "How early should I arrive at the airport before an international flight?",
  ("How early should I arrive at the airport before a domestic flight?", F, "antonym"),
  ("How late can I arrive at the airport before an international flight?", F, "antonym"),
  ("How early should I check in online before an international flight?", F, "action"),
  ("How far in advance should I get to the airport for an international flight?", T, "rephrase"))
g("travel", "Is the train from Paris to Lyon faster than flying?",
  ("Is flying from Paris to Lyon faster than the train?", F, "direction"),
  ("Is the train from Paris to Lyon cheaper than flying?", F, "antonym"),
  ("Is the train from Paris to Nice faster than flying?", F, "entity"),
  ("Between Paris and Lyon, is taking the train quicker than flying?", T, "rephrase"))
g("travel", "We land at 11 pm. Is the metro from the airport to downtown still running after midnight?",
  ("We land at 11 pm. Is the metro from downtown to the airport still running after midnight?", F, "direction"),
  ("We land at 11 pm. Is the bus from the airport to downtown still running after midnight?", F, "entity"),
  ("We land at 11 pm. Is the metro from the airport to downtown still running before midnight?", F, "direction"),
  ("We land at 11 pm. Does the metro from the airport to downtown keep running past midnight?", T, "rephrase"))
g("travel", "Can I bring a 100 ml bottle of perfume in my carry-on?",
  ("Can I bring a 200 ml bottle of perfume in my carry-on?", F, "number"),
  ("Can I bring a 100 ml bottle of perfume in my checked bag?", F, "object"),
  ("Can I buy a 100 ml bottle of perfume in the duty-free shop?", F, "action"),
  ("Is a 100 ml perfume bottle allowed in carry-on luggage?", T, "rephrase"))
# school / hr / legal / telecom / cooking / general
g("school", "Can I drop a course after the add/drop deadline without a W on my transcript?",
  ("Can I drop a course after the add/drop deadline with a W on my transcript?", F, "antonym"),
  ("Can I add a course after the add/drop deadline without a W on my transcript?", F, "action"),
  ("Can I drop a course before the add/drop deadline without a W on my transcript?", F, "direction"),
  ("If I drop a course after the add/drop deadline, can I avoid a W on my transcript?", T, "rephrase"))
g("school", "Who wrote the novel that was adapted into the film Blade Runner?",
  ("Who directed the film that was adapted from the novel Blade Runner?", F, "shared-vocabulary"),
  ("Who directed the film Blade Runner?", F, "action"),
  ("The film Blade Runner was adapted from a novel. Who wrote it?", T, "rephrase"))
g("school", "In which year did the Berlin Wall fall?",
  ("The Berlin Wall fell in which year?", T, "reorder"),
  ("In which year was the Berlin Wall built?", F, "antonym"),
  ("In which month did the Berlin Wall fall?", F, "question-word"),
  ("Why did the Berlin Wall fall?", F, "question-word"),
  ("In what year did the Berlin Wall come down?", T, "synonym"),
  ("what year did the berlin wall fall", T, "typo-case"))
g("school", "Who was the second president of the United States?",
  ("Who was the first president of the United States?", F, "number"),
  ("Who was the second vice president of the United States?", F, "object"),
  ("Who was the second president of France?", F, "entity"),
  ("Which person served as the 2nd president of the United States?", T, "rephrase"))
g("hr-enterprise", "If my manager fires me, am I entitled to severance pay?",
  ("If I fire my manager, am I entitled to severance pay?", F, "direction"),
  ("If my manager fires me, is my manager entitled to severance pay?", F, "person"),
  ("If I quit, am I entitled to severance pay?", F, "action"),
  ("Am I entitled to severance pay if my manager fires me?", T, "reorder"))
g("hr-enterprise", "How many days of paid parental leave do fathers get?",
  ("How many days of paid parental leave do fathers get?  Thanks in advance!", T, "politeness"),
  ("How many days of unpaid parental leave do fathers get?", F, "antonym"),
  ("How many days of paid parental leave do mothers get?", F, "object"),
  ("How many weeks of paid parental leave do fathers get?", F, "number"),
  ("How many days of paid paternity leave do dads get?", T, "synonym"))
g("hr-enterprise", "The contract says the employer reimburses the employee for travel. Does the employee reimburse the employer for training?",
  ("The contract says the employer reimburses the employee for travel. Does the employer reimburse the employee for training?", F, "direction"),
  ("The contract says the employer reimburses the employee for travel. Does the employee reimburse the employer for travel?", F, "object"),
  ("The contract says the employer reimburses the employee for travel. Does the employee have to repay the employer for training?", T, "synonym"))
g("hr-enterprise", "Has my overtime for May already been paid?",
  ("Will my overtime for May be paid?", F, "tense"),
  ("Has your overtime for May already been paid?", F, "person"),
  ("Has my overtime for June already been paid?", F, "entity"),
  ("Have I already been paid for my May overtime?", T, "rephrase"))
g("telecom", "Can I switch from a prepaid plan to a postpaid plan without changing my number?",
  ("Can I switch from a postpaid plan to a prepaid plan without changing my number?", F, "direction"),
  ("Can I switch from a prepaid plan to a postpaid plan without changing my SIM?", F, "object"),
  ("Can I switch from a prepaid plan to a postpaid plan and change my number?", F, "negation"),
  ("Is it possible to move from prepaid to postpaid and keep my number?", T, "rephrase"))
g("telecom", "How much does it cost to call the US from the UK on my plan?",
  ("How much does it cost to call the UK from the US on my plan?", F, "direction"),
  ("How much does it cost to text the US from the UK on my plan?", F, "action"),
  ("How much does it cost to call the US from the UK on his plan?", F, "person"),
  ("On my plan, what's the price of calling the US from the UK?", T, "rephrase"))
g("telecom", "Why is my 5G speed slower than my 4G speed?",
  ("Why is my 4G speed slower than my 5G speed?", F, "direction"),
  ("Why is my 5G speed faster than my 4G speed?", F, "antonym"),
  ("Why is my 5G upload speed slower than my 4G speed?", F, "qualifier"),
  ("Why is my 5G slower than my 4G?", T, "rephrase"))
g("cooking", "How long should I bake chicken breasts at 200°C?",
  ("How long should I bake chicken breasts at 200°F?", F, "entity"),
  ("How long should I bake chicken thighs at 200°C?", F, "object"),
  ("How long should I bake chicken breasts at 180°C?", F, "number"),
  ("How long should I rest chicken breasts after baking at 200°C?", F, "action"),
  ("At 200°C, how long do chicken breasts need to bake?", T, "reorder"),
  ("how long shoud i bake chicken breasts at 200 C", T, "typo-case"))
g("cooking", "Can I substitute honey for sugar in banana bread?",
  ("Can I substitute sugar for honey in banana bread?", F, "direction"),
  ("Can I substitute honey for sugar in muffins?", F, "object"),
  ("Can I use honey instead of sugar in banana bread?", T, "synonym"),
  ("Can I replace the sugar in banana bread with honey?", T, "rephrase"))
g("cooking", "How many grams are in one cup of rolled oats?",
  ("How many cups are in 100 grams of rolled oats?", F, "direction"),
  ("How many grams are in one cup of brown sugar?", F, "object"),
  ("How many grams are in a quarter cup of rolled oats?", F, "number"),
  ("One cup of rolled oats weighs how many grams?", T, "rephrase"))
g("legal", "Can a tenant be evicted without a court order in California?",
  ("Can a tenant be evicted without notice in California?", F, "object"),
  ("Can a tenant be evicted with a court order in California?", F, "negation"),
  ("Can a tenant be evicted without a court order in Texas?", F, "entity"),
  ("In California, is it legal to evict a tenant without a court order?", T, "rephrase"))
g("general", "How many hours ahead of London is Tokyo?",
  ("How many hours ahead of Tokyo is London?", F, "direction"),
  ("How many hours behind London is Tokyo?", F, "antonym"),
  ("How many hours ahead of London is Sydney?", F, "entity"),
  ("What's the time difference between Tokyo and London, in hours?", T, "rephrase"))
g("general", "How much is 100 US dollars in euros today?",
  ("How much is 100 euros in US dollars today?", F, "direction"),
  ("How much is 100 US dollars in pounds today?", F, "entity"),
  ("How much is 1000 US dollars in euros today?", F, "number"),
  ("Convert 100 USD to EUR at today's rate.", T, "rephrase"))
g("general", "Which planet is the third from the sun?",
  ("Which planet is the fourth from the sun?", F, "number"),
  ("Which planet is the third largest?", F, "shared-vocabulary"),
  ("What is the third planet from the sun?", T, "rephrase"))
g("customer-service", "I was charged twice for order #4471. Can you refund one of the charges?",
  ("I was charged twice for order #4471. Can you refund both of the charges?", F, "quantifier"),
  ("I was charged twice for order #4417. Can you refund one of the charges?", F, "number"),
  ("I was charged twice for order #4471. Can you explain one of the charges?", F, "action"),
  ("I was charged twice for order #4471. Could you please refund one of the charges?", T, "politeness"))
g("customer-service", "Can you send the replacement to my office address instead of my home address?",
  ("Can you send the replacement to my home address instead of my office address?", F, "direction"),
  ("Can you send the refund to my office address instead of my home address?", F, "object"),
  ("Could you please ship the replacement to my office address rather than my home address?", T, "politeness"))
g("insurance", "Does my car insurance cover damage caused by a driver who is not on my policy?",
  ("Does my car insurance cover damage caused by a driver who is on my policy?", F, "negation"),
  ("Does my home insurance cover damage caused by a driver who is not on my policy?", F, "entity"),
  ("Does my car insurance cover injuries caused by a driver who is not on my policy?", F, "object"),
  ("If someone who isn't on my policy drives my car and causes damage, does my car insurance cover it?", T, "rephrase"))
g("insurance", "Must I report an accident to my insurer within 30 days?",
  ("May I report an accident to my insurer after 30 days?", F, "modality"),
  ("Must I report an accident to the police within 30 days?", F, "entity"),
  ("Must I report an accident to my insurer within 30 hours?", F, "number"),
  ("Do I have to report an accident to my insurer within 30 days?", T, "synonym"))
g("programming", "Can I use await inside a forEach callback in JavaScript?",
  ("Should I use await inside a forEach callback in JavaScript?", F, "modality"),
  ("Can I use await inside a for...of loop in JavaScript?", F, "object"),
  ("Can I use await outside an async function in JavaScript?", F, "shared-vocabulary"),
  ("Is it possible to use await in a forEach callback in JavaScript?", T, "synonym"))
g("math", "Is every rhombus a parallelogram?",
  ("Is every parallelogram a rhombus?", F, "direction"),
  ("Is every rhombus a kite?", F, "object"),
  ("Are all rhombuses parallelograms?", T, "rephrase"),
  ("is every rhombus a paralelogram", T, "typo-case"))
g("math", "Do all prime numbers greater than 2 end in an odd digit?",
  ("Do some prime numbers greater than 2 end in an even digit?", F, "quantifier"),
  ("Do all prime numbers greater than 2 end in an even digit?", F, "antonym"),
  ("Do all prime numbers greater than 2 have an odd digit sum?", F, "object"),
  ("Does every prime above 2 end in an odd digit?", T, "synonym"))
g("programming", "What does git reset --mixed HEAD~4 do?",
  ("What does git reset --hard HEAD~4 do?", F, "qualifier"),
  ("What does git reset --mixed HEAD~2 do?", F, "number"),
  ("What does git revert HEAD~4 do?", F, "action"),
  ("Explain what git reset --mixed HEAD~4 does.", T, "rephrase"))

# ---------------------------------------------------------------- Chinese
g("banking", "我想把招商银行卡里的钱转到支付宝，要手续费吗？",
  ("我想把支付宝里的钱转到招商银行卡，要手续费吗？", F, "direction"),
  ("我想把招商银行卡里的钱转到微信，要手续费吗？", F, "entity"),
  ("我想把招商银行卡里的钱转到支付宝，要多久到账？", F, "question-word"),
  ("招商银行卡的钱转进支付宝收不收手续费？", T, "rephrase"),
  ("我想把招商银行卡里的钱转到支付宝，要手续费吗", T, "typo-case"))
g("banking", "我的信用卡在国外被人盗刷了两万块，银行会全额赔付吗？",
  ("我的信用卡在国外被人盗刷了两千块，银行会全额赔付吗？", F, "number"),
  ("我的借记卡在国外被人盗刷了两万块，银行会全额赔付吗？", F, "object"),
  ("我的信用卡在国外被人盗刷了两万块，银行会冻结这张卡吗？", F, "action"),
  ("我的信用卡在国外被人盗刷了两万块，银行会部分赔付吗？", F, "quantifier"),
  ("信用卡在国外让人盗刷了两万，银行能全额赔吗？", T, "rephrase"))
g("banking", "一万块人民币换美元大概能换多少？",
  ("一万块美元换人民币大概能换多少？", F, "direction"),
  ("一万块人民币换日元大概能换多少？", F, "entity"),
  ("一千块人民币换美元大概能换多少？", F, "number"),
  ("10000元人民币能兑换多少美元？", T, "rephrase"))
g("banking", "房贷提前还款要不要交违约金？",
  ("车贷提前还款要不要交违约金？", F, "object"),
  ("房贷逾期还款要不要交违约金？", F, "antonym"),
  ("房贷提前还款要交多少违约金？", F, "question-word"),
  ("提前还房贷需要付违约金吗？", T, "reorder"))
g("banking", "定期存款利率比活期存款高多少？",
  ("活期存款利率比定期存款高多少？", F, "direction"),
  ("定期存款利率比活期存款低多少？", F, "antonym"),
  ("定期存款利率比活期存款高吗？", F, "question-word"),
  ("活期存款利率比定期存款低多少？", T, "rephrase"))
g("banking", "我上个月已经还清了信用卡，为什么还显示欠款？",
  ("我上个月没有还清信用卡，为什么还显示欠款？", F, "negation"),
  ("我上个月已经还清了房贷，为什么还显示欠款？", F, "object"),
  ("我上个月已经还清了信用卡，为什么还显示逾期？", F, "object"),
  ("信用卡上个月我已经全部还清了，怎么还显示有欠款？", T, "rephrase"))
# programming
g("programming", "Python 里 7 % 3 的结果是多少？",
  ("python里7%3的结果是多少", T, "typo-case"),
  ("Python 里 7 // 3 的结果是多少？", F, "operator"),
  ("Python 里 7 ** 3 的结果是多少？", F, "operator"),
  ("Python 里 -7 % 3 的结果是多少？", F, "operator"),
  ("Python 中 7 % 3 等于几？", T, "synonym"))
g("programming", "JavaScript 里 null == undefined 为什么是 true？",
  ("JavaScript 里 null === undefined 为什么是 false？", F, "operator"),
  ("JavaScript 里 null == 0 为什么是 false？", F, "object"),
  ("为什么 JavaScript 中 null == undefined 返回 true？", T, "reorder"))
g("programming", "Java 中 int 转 String 有哪些方法？",
  ("Java 中 String 转 int 有哪些方法？", F, "direction"),
  ("Java 中 int 转 long 有哪些方法？", F, "object"),
  ("Kotlin 中 int 转 String 有哪些方法？", F, "entity"),
  ("在 Java 里怎么把 int 转成 String？", T, "rephrase"))
g("programming", "git 怎么把 dev 分支合并到 master？",
  ("git 怎么把 dev 分支合并到 master 呢？", T, "particles"),
  ("git 怎么把 master 分支合并到 dev？", F, "direction"),
  ("git 怎么把 dev 分支删除？", F, "action"),
  ("git 怎么把 dev 分支 rebase 到 master？", F, "action"),
  ("如何用 git 将 dev 分支合并进 master？", T, "synonym"))
g("programming", "C 语言里 x << 2 相当于乘以几？",
  ("C 语言里 x >> 2 相当于除以几？", F, "operator"),
  ("C 语言里 x << 3 相当于乘以几？", F, "number"),
  ("C 语言里 x & 2 相当于什么？", F, "operator"),
  ("C 里 x<<2 等于 x 乘以多少？", T, "rephrase"))
g("programming", "React 18 和 React 17 相比有哪些新特性？",
  ("React 19 和 React 18 相比有哪些新特性？", F, "entity"),
  ("React 18 和 React 17 相比删掉了哪些特性？", F, "antonym"),
  ("Vue 3 和 Vue 2 相比有哪些新特性？", F, "entity"),
  ("相比 React 17，React 18 新增了哪些特性？", T, "reorder"))
g("programming", "MySQL 里 DELETE 和 TRUNCATE 有什么区别？",
  ("MySQL 里 DELETE 和 DROP 有什么区别？", F, "object"),
  ("MySQL 里 TRUNCATE 和 DELETE 有什么区别？", T, "reorder"),
  ("MySQL 里 DELETE 和 TRUNCATE 哪个更快？", F, "question-word"),
  ("PostgreSQL 里 DELETE 和 TRUNCATE 有什么区别？", F, "entity"))
g("programming", "Linux 下怎么查看哪个进程占用了 8080 端口？",
  ("Linux 下怎么查看哪个进程占用了 3306 端口？", F, "number"),
  ("Windows 下怎么查看哪个进程占用了 8080 端口？", F, "entity"),
  ("Linux 下怎么释放被占用的 8080 端口？", F, "action"),
  ("Linux 系统中如何查到 8080 端口被哪个进程占着？", T, "rephrase"))
g("programming", "我的 Python 脚本在 Windows 上能跑，为什么放到 Linux 上就报编码错误？",
  ("我的 Python 脚本在 Linux 上能跑，为什么放到 Windows 上就报编码错误？", F, "direction"),
  ("我的 Python 脚本在 Windows 上能跑，为什么放到 Linux 上就报权限错误？", F, "object"),
  ("我的 Python 脚本在 Windows 上能跑，放到 Linux 上就报编码错误，这是为什么？", T, "reorder"))
g("programming", "Go 语言的 slice 扩容时容量是翻倍吗？",
  ("Go 语言的 map 扩容时容量是翻倍吗？", F, "object"),
  ("Go 语言的 slice 缩容时容量是减半吗？", F, "antonym"),
  ("Go 的切片扩容，容量是不是翻一倍？", T, "synonym"))
g("programming", "Node.js 里 require 和 import 能混用吗？",
  ("Node.js 里 require 和 import 有什么区别？", F, "question-word"),
  ("Deno 里 require 和 import 能混用吗？", F, "entity"),
  ("Node.js 里 import 和 require 能混着用吗？", T, "reorder"),
  ("Node.js 里 require 和 import 应该混用吗？", F, "modality"))
# math
g("math", "3/4 和 5/7 哪个大？",
  ("3/4 和 5/7 哪个大啊？", T, "particles"),
  ("3/4 和 5/7 哪个小？", F, "antonym"),
  ("5/7 和 3/4 哪个大？", T, "reorder"),
  ("3/4 比 5/7 大多少？", F, "question-word"),
  ("3/5 和 5/7 哪个大？", F, "number"))
g("math", "一个数加上 15 再乘以 3 等于 90，这个数是多少？",
  ("一个数乘以 3 再加上 15 等于 90，这个数是多少？", F, "direction"),
  ("一个数减去 15 再乘以 3 等于 90，这个数是多少？", F, "operator"),
  ("一个数加上 15 再除以 3 等于 90，这个数是多少？", F, "operator"),
  ("一个数加上 15 再乘以 3 等于 60，这个数是多少？", F, "number"),
  ("某数加 15 后乘 3 得 90，求这个数。", T, "rephrase"))
g("math", "x 大于等于 3 且小于 7 的整数有几个？",
  ("x 大于 3 且小于 7 的整数有几个？", F, "operator"),
  ("x 大于等于 3 且小于等于 7 的整数有几个？", F, "operator"),
  ("x 大于等于 3 或小于 7 的整数有几个？", F, "operator"),
  ("满足 3 ≤ x < 7 的整数 x 一共有几个？", T, "rephrase"))
g("math", "小明比小红大 3 岁，五年后小红比小明小几岁？",
  ("小明比小红大 3 岁，五年后小红比小明大几岁？", F, "antonym"),
  ("小明比小红大 3 岁，五年前小红比小明小几岁？", T, "rephrase"),
  ("小明比小红大 3 岁，五年后小红几岁？", F, "question-word"))
g("math", "从 1 到 100 中能被 3 整除的数有多少个？",
  ("从 1 到 100 中能被 3 整除的数的和是多少？", F, "question-word"),
  ("从 1 到 100 中不能被 3 整除的数有多少个？", F, "negation"),
  ("从 1 到 200 中能被 3 整除的数有多少个？", F, "number"),
  ("从 1 到 100 中能被 3 或 5 整除的数有多少个？", F, "qualifier"),
  ("1 到 100 里有几个是 3 的倍数？", T, "rephrase"))
g("math", "圆的半径扩大到原来的 2 倍，面积扩大到原来的几倍？",
  ("圆的半径扩大到原来的 2 倍，周长扩大到原来的几倍？", F, "object"),
  ("圆的半径扩大到原来的 3 倍，面积扩大到原来的几倍？", F, "number"),
  ("圆的面积扩大到原来的 2 倍，半径扩大到原来的几倍？", F, "direction"),
  ("半径变成原来的两倍，圆的面积变成原来的多少倍？", T, "rephrase"))
g("math", "一件衣服先涨价 20% 再降价 20%，现在的价格和原价比怎么样？",
  ("一件衣服先降价 20% 再涨价 20%，现在的价格和原价比怎么样？", T, "reorder"),
  ("一件衣服先涨价 20% 再降价 10%，现在的价格和原价比怎么样？", F, "number"),
  ("一件衣服先涨价 20% 再涨价 20%，现在的价格和原价比怎么样？", F, "antonym"),
  ("一件衣服先涨价 20 元再降价 20%，现在的价格和原价比怎么样？", F, "number"))
g("math", "甲单独完成一项工程要 10 天，乙要 15 天，两人合作要几天？",
  ("甲单独完成一项工程要 10 天，乙要 15 天，乙先做 5 天后两人合作还要几天？", F, "qualifier"),
  ("甲单独完成一项工程要 10 天，乙要 20 天，两人合作要几天？", F, "number"),
  ("甲单独完成一项工程要 10 天，乙要 15 天，两人合作每天完成几分之几？", F, "question-word"),
  ("一项工程甲单独做 10 天完成，乙单独做 15 天完成，甲乙合作几天能完成？", T, "rephrase"))
# shopping
g("shopping", "京东买的手机七天内能无理由退货吗？",
  ("京东买的手机七天内能无理由退货吗？谢谢！", T, "politeness"),
  ("京东买的手机十五天内能无理由退货吗？", F, "number"),
  ("京东买的手机七天内能无理由换货吗？", F, "action"),
  ("拼多多买的手机七天内能无理由退货吗？", F, "entity"),
  ("京东买的手机拆封后七天内能无理由退货吗？", F, "qualifier"),
  ("在京东买的手机，七天之内可以无理由退吗？", T, "rephrase"))
g("shopping", "我的快递显示已签收，但我没收到，怎么办？",
  ("我的快递显示未签收，但我已经收到了，怎么办？", F, "negation"),
  ("他的快递显示已签收，但他没收到，怎么办？", F, "person"),
  ("我的快递显示已签收，但我没收到，找谁赔？", F, "question-word"),
  ("快递明明显示签收了，可我根本没拿到，该怎么处理？", T, "rephrase"))
g("shopping", "双十一买的东西降价了，可以申请退差价吗？",
  ("双十一买的东西涨价了，可以申请退差价吗？", F, "antonym"),
  ("双十二买的东西降价了，可以申请退差价吗？", F, "entity"),
  ("双十一买的东西降价了，可以申请退货吗？", F, "object"),
  ("双十一买的东西降价了，能不能申请退差价呀？", T, "particles"))
g("shopping", "满 300 减 50 的优惠券能和店铺红包一起用吗？",
  ("满 300 减 30 的优惠券能和店铺红包一起用吗？", F, "number"),
  ("满 300 减 50 的优惠券能和平台红包一起用吗？", F, "entity"),
  ("满 300 减 50 的优惠券能分两单用吗？", F, "shared-vocabulary"),
  ("店铺红包和满 300 减 50 的优惠券可以叠加使用吗？", T, "reorder"))
g("shopping", "买家已经付款了，卖家多久内必须发货？",
  ("卖家已经发货了，买家多久内必须付款？", F, "direction"),
  ("买家已经付款了，卖家多久内可以发货？", F, "modality"),
  ("买家还没付款，卖家多久内必须发货？", F, "negation"),
  ("买家付完款以后，卖家最迟多长时间要发货？", T, "rephrase"))
# health
g("health", "吃了头孢以后多久才能喝酒？",
  ("喝了酒以后多久才能吃头孢？", F, "direction"),
  ("吃了布洛芬以后多久才能喝酒？", F, "entity"),
  ("吃了头孢以后为什么不能喝酒？", F, "question-word"),
  ("吃完头孢隔多长时间可以喝酒？", T, "rephrase"),
  ("吃了头孢以后，要多久才能喝酒呢？", T, "particles"))
g("health", "孩子发烧 38.5 度需要吃退烧药吗？",
  ("孩子发烧 38.5 度需不需要吃退烧药？", T, "rephrase"),
  ("孩子发烧 37.5 度需要吃退烧药吗？", F, "number"),
  ("孩子发烧 38.5 度需要吃抗生素吗？", F, "object"),
  ("大人发烧 38.5 度需要吃退烧药吗？", F, "object"),
  ("小孩烧到 38.5 度，要不要吃退烧药？", T, "rephrase"))
g("health", "空腹喝牛奶对胃好不好？",
  ("空腹喝咖啡对胃好不好？", F, "object"),
  ("饭后喝牛奶对胃好不好？", F, "antonym"),
  ("空腹喝牛奶对胃有什么好处？", F, "question-word"),
  ("空腹的时候喝牛奶，对胃好吗？", T, "particles"))
g("health", "高血压患者每天最多能吃几克盐？",
  ("高血压患者每天最少要吃几克盐？", F, "antonym"),
  ("糖尿病患者每天最多能吃几克盐？", F, "entity"),
  ("高血压患者每天最多能吃几克糖？", F, "object"),
  ("得了高血压，一天盐最多能吃多少克？", T, "rephrase"))
g("health", "打完狂犬疫苗第一针多久可以洗澡？",
  ("打完破伤风疫苗第一针多久可以洗澡？", F, "entity"),
  ("打完狂犬疫苗第一针多久可以喝酒？", F, "action"),
  ("打完狂犬疫苗第三针多久可以洗澡？", F, "number"),
  ("打狂犬疫苗第一针之前多久不能洗澡？", F, "direction"),
  ("狂犬疫苗第一针打完以后，过多长时间能洗澡？", T, "rephrase"))
# travel
g("travel", "从北京到上海的高铁最快要几个小时？",
  ("从北京到上海的高铁最慢要几个小时？", F, "antonym"),
  ("从北京到上海的高铁票多少钱？", F, "question-word"),
  ("从北京到广州的高铁最快要几个小时？", F, "entity"),
  ("从北京到上海的飞机最快要几个小时？", F, "entity"))
g("travel", "我下周从广州飞成都，行李限额是多少公斤？",
  ("请问我下周从广州飞成都，行李限额是多少公斤？", T, "politeness"),
  ("我下周从广州飞成都，手提行李限额是多少公斤？", F, "qualifier"),
  ("我下周从广州飞成都，行李超重每公斤多少钱？", F, "question-word"),
  ("我下周从广州飞东京，行李限额是多少公斤？", F, "entity"))
g("travel", "中国护照去泰国需要提前办签证吗？",
  ("中国护照去泰国要提前办签证吗？", T, "synonym"),
  ("泰国护照去中国需要提前办签证吗？", F, "direction"),
  ("中国护照去日本需要提前办签证吗？", F, "entity"),
  ("中国护照去泰国需要提前买保险吗？", F, "object"),
  ("拿中国护照去泰国，要不要先办签证？", T, "rephrase"))
g("travel", "在上海虹桥火车站换乘到浦东机场要多久？",
  ("在上海浦东机场换乘到虹桥火车站要多久？", F, "direction"),
  ("在上海虹桥火车站换乘到浦东机场要多少钱？", F, "question-word"),
  ("在上海虹桥火车站换乘到虹桥机场要多久？", F, "entity"),
  ("从上海虹桥火车站去浦东机场，路上大概要多长时间？", T, "rephrase"))
g("travel", "火车票改签以后还能退票吗？",
  ("火车票退票以后还能改签吗？", F, "direction"),
  ("飞机票改签以后还能退票吗？", F, "entity"),
  ("火车票改签以后还能再改签吗？", F, "action"),
  ("火车票已经改签过了，还可以退吗？", T, "rephrase"))
# school
g("school", "高考第一天考什么科目？",
  ("高考第二天考什么科目？", F, "number"),
  ("高考最后一天考什么科目？", F, "number"),
  ("中考第一天考什么科目？", F, "entity"),
  ("高考头一天考哪几门？", T, "synonym"))
g("school", "考研复试被刷了还能调剂吗？",
  ("考研初试被刷了还能调剂吗？", F, "entity"),
  ("考研复试被刷了还能申诉吗？", F, "action"),
  ("考研复试通过了还能调剂吗？", F, "antonym"),
  ("考研复试没过，还可以调剂吗？", T, "synonym"))
g("school", "英语四级多少分算及格？",
  ("英语六级多少分算及格？", F, "entity"),
  ("英语四级听力多少分算及格？", F, "qualifier"),
  ("英语四级满分是多少分？", F, "shared-vocabulary"),
  ("大学英语四级考到几分才算过？", T, "rephrase"))
g("school", "鲁迅的《狂人日记》是哪一年发表的？",
  ("鲁迅的《狂人日记》是在哪里发表的？", F, "question-word"),
  ("鲁迅的《阿Q正传》是哪一年发表的？", F, "entity"),
  ("鲁迅的《狂人日记》是为什么写的？", F, "question-word"),
  ("《狂人日记》这篇鲁迅的小说发表于哪年？", T, "rephrase"))
# hr / legal
g("hr-enterprise", "公司辞退我，要给我多少经济补偿？",
  ("公司辞退我的话，要给我多少经济补偿呢？", T, "particles"),
  ("我主动辞职，公司要给我多少经济补偿？", F, "direction"),
  ("公司辞退他，要给他多少经济补偿？", F, "person"),
  ("公司辞退我，要提前多久通知我？", F, "question-word"),
  ("被公司辞退的话，我能拿到多少经济补偿？", T, "rephrase"))
g("hr-enterprise", "试用期内员工辞职需要提前几天通知？",
  ("试用期内公司辞退员工需要提前几天通知？", F, "direction"),
  ("转正后员工辞职需要提前几天通知？", F, "antonym"),
  ("试用期内员工辞职需要赔偿吗？", F, "question-word"),
  ("在试用期里，员工要离职得提前几天说？", T, "rephrase"))
g("hr-enterprise", "年假没休完，公司会折算成工资吗？",
  ("年假已经休完了，公司会折算成工资吗？", F, "negation"),
  ("病假没休完，公司会折算成工资吗？", F, "entity"),
  ("年假没休完，公司会顺延到明年吗？", F, "action"),
  ("没休完的年假，公司会不会折成钱发给我？", T, "rephrase"))
g("legal", "我借给朋友的钱他不还，可以起诉吗？",
  ("我借给朋友的钱，他一直不还，能起诉吗？", T, "synonym"),
  ("朋友借给我的钱我不还，他可以起诉吗？", F, "direction"),
  ("我借给朋友的钱他不还，可以报警吗？", F, "action"),
  ("我借给朋友的钱他不还，诉讼时效是多久？", F, "question-word"),
  ("朋友借了我的钱一直不还，我能告他吗？", T, "rephrase"))
g("legal", "房东没到期就要收回房子，要赔我违约金吗？",
  ("我没到期就要退租，要赔房东违约金吗？", F, "direction"),
  ("房东到期了要收回房子，要赔我违约金吗？", F, "negation"),
  ("房东没到期就要收回房子，要退我押金吗？", F, "object"),
  ("租期还没到房东就要收房，他得赔我违约金吗？", T, "rephrase"))
# telecom / cooking / general / government / insurance
g("telecom", "移动的号码携号转网到联通要多少钱？",
  ("移动的号码携号转网到联通要多少钱啊？", T, "particles"),
  ("联通的号码携号转网到移动要多少钱？", F, "direction"),
  ("移动的号码携号转网到电信要多少钱？", F, "entity"),
  ("移动的号码携号转网到联通要多久？", F, "question-word"),
  ("把移动号码携号转到联通，收费多少？", T, "rephrase"))
g("telecom", "这个月的流量用超了，超出的部分怎么收费？",
  ("这个月的流量没用完，剩下的部分怎么处理？", F, "antonym"),
  ("这个月的话费用超了，超出的部分怎么收费？", F, "object"),
  ("上个月的流量用超了，超出的部分怎么收费？", F, "tense"),
  ("本月流量超了，多出来的流量怎么计费？", T, "synonym"))
g("cooking", "红烧肉要先焯水再炒糖色吗？",
  ("红烧肉要先焯水，再炒糖色吗？", T, "typo-case"),
  ("红烧肉要先炒糖色再焯水吗？", F, "direction"),
  ("红烧排骨要先焯水再炒糖色吗？", F, "object"),
  ("红烧肉焯水要用冷水下锅吗？", F, "shared-vocabulary"),
  ("做红烧肉，是不是得先焯水再炒糖色？", T, "rephrase"))
g("cooking", "蒸鸡蛋羹水和蛋的比例是多少？",
  ("蒸鸡蛋羹蛋和水的比例是多少？", T, "reorder"),
  ("蒸鸡蛋羹要蒸多少分钟？", F, "question-word"),
  ("蒸鸭蛋羹水和蛋的比例是多少？", F, "object"),
  ("煮鸡蛋羹水和蛋的比例是多少？", F, "action"))
g("cooking", "烤箱 180 度烤蛋糕要多少分钟？",
  ("烤箱 160 度烤蛋糕要多少分钟？", F, "number"),
  ("烤箱 180 度烤饼干要多少分钟？", F, "object"),
  ("空气炸锅 180 度烤蛋糕要多少分钟？", F, "entity"),
  ("用烤箱180度烤蛋糕，需要烤几分钟？", T, "rephrase"))
g("general", "北京时间比洛杉矶时间快几个小时？",
  ("洛杉矶时间比北京时间快几个小时？", F, "direction"),
  ("北京时间比莫斯科时间快几个小时？", F, "entity"),
  ("洛杉矶时间比北京时间慢几个小时？", T, "rephrase"),
  ("北京时间比洛杉矶时间慢几个小时？", F, "antonym"))
g("general", "谁是第一个登上月球的人？",
  ("谁是第二个登上月球的人？", F, "number"),
  ("谁是第一个进入太空的人？", F, "object"),
  ("第一个登上月球的人是哪一年登月的？", F, "question-word"),
  ("第一个登上月球的人是谁？", T, "reorder"))
g("government", "外地户口在深圳办身份证需要什么材料？",
  ("深圳户口在外地办身份证需要什么材料？", F, "direction"),
  ("外地户口在深圳办护照需要什么材料？", F, "object"),
  ("外地户口在深圳办身份证要多久能拿到？", F, "question-word"),
  ("非深圳户籍的人在深圳补办身份证需要什么材料？", F, "action"),
  ("我是外地户口，在深圳办身份证要带哪些材料？", T, "rephrase"))
g("government", "个人所得税年度汇算什么时候开始？",
  ("请问个人所得税年度汇算什么时候开始？", T, "politeness"),
  ("个人所得税年度汇算什么时候结束？", F, "antonym"),
  ("个人所得税年度汇算在哪里办理？", F, "question-word"),
  ("个人所得税年度汇算已经开始了吗？", F, "tense"),
  ("个税年度汇算哪天开始？", T, "synonym"))
g("insurance", "重疾险和医疗险能同时报销吗？",
  ("医疗险和重疾险能同时报销吗？", T, "reorder"),
  ("重疾险和意外险能同时报销吗？", F, "entity"),
  ("重疾险和医疗险哪个保费更便宜？", F, "shared-vocabulary"),
  ("两份医疗险能同时报销吗？", F, "object"))
g("insurance", "车险一年内出险三次，第二年保费会涨多少？",
  ("车险一年内出险一次，第二年保费会涨多少？", F, "number"),
  ("车险一年内没出险，第二年保费会降多少？", F, "antonym"),
  ("车险一年内出险三次，第三年保费会涨多少？", F, "number"),
  ("车险一年里出了三次险，下一年保费要涨多少？", T, "synonym"))
g("customer-service", "我已经申请退款三天了，钱什么时候能到账？",
  ("我已经申请退款三天了，钱退到哪里？", F, "question-word"),
  ("我将要申请退款，钱什么时候能到账？", F, "tense"),
  ("我已经申请退货三天了，钱什么时候能到账？", F, "object"),
  ("退款申请提交三天了，钱啥时候能到？", T, "rephrase"),
  ("您好，我已经申请退款三天了，请问钱什么时候能到账？", T, "politeness"))
g("customer-service", "客服说会给我回电话，一般几个小时内回？",
  ("客服说会给我发短信，一般几个小时内回？", F, "object"),
  ("我说会给客服回电话，一般几个小时内回？", F, "direction"),
  ("客服说会给我回电话，一般几天内回？", F, "number"),
  ("客服答应给我回电，通常几小时之内会打过来？", T, "rephrase"))
g("programming", "Python 列表里 append 和 extend 的区别是什么？",
  ("Python 列表中 append 与 extend 有什么区别？", T, "synonym"),
  ("Python 列表里 extend 和 append 的区别是什么？", T, "reorder"),
  ("Python 列表里 append 和 insert 的区别是什么？", F, "object"),
  ("Python 集合里 add 和 update 的区别是什么？", F, "object"),
  ("Python 列表里 append 和 extend 哪个更快？", F, "question-word"))
g("math", "0.1 + 0.2 在 JavaScript 里为什么不等于 0.3？",
  ("0.1 + 0.2 在 JavaScript 里为什么等于 0.30000000000000004？", T, "rephrase"),
  ("0.1 * 0.2 在 JavaScript 里为什么不等于 0.02？", F, "operator"),
  ("0.1 + 0.2 在 Python 里为什么不等于 0.3？", F, "entity"),
  ("0.1 + 0.2 在 JavaScript 里怎么判断等于 0.3？", F, "question-word"))
g("banking", "公积金贷款和商业贷款哪个利率低？",
  ("公积金贷款和商业贷款哪个利率高？", F, "antonym"),
  ("商业贷款和公积金贷款哪个利率低？", T, "reorder"),
  ("公积金贷款和商业贷款哪个额度高？", F, "object"),
  ("公积金贷款比商业贷款利率低多少？", F, "question-word"))
g("shopping", "会员积分每年几月份清零？",
  ("会员积分每年在几月份清零呢？", T, "particles"),
  ("会员积分每年清零几次？", F, "question-word"),
  ("会员积分清零以后能恢复吗？", F, "shared-vocabulary"),
  ("会员等级每年几月份清零？", F, "object"),
  ("会员积分一年中是在哪个月清零的？", T, "rephrase"))


# ---------------------------------------------------------------- more near-misses (qualifier, quantifier, tense, person, modality)
g("hr-enterprise", "Do all full-time employees get a year-end bonus?",
  ("Do some full-time employees get a year-end bonus?", F, "quantifier"),
  ("Do all part-time employees get a year-end bonus?", F, "antonym"),
  ("Did all full-time employees get a year-end bonus last year?", F, "tense"),
  ("Do all full-time employees get a year-end bonus in their first year?", F, "qualifier"),
  ("Is every full-time employee eligible for a year-end bonus?", T, "rephrase"))
g("banking", "After I closed my old account, the bank said my refund was sent by cheque. When will my refund arrive?",
  ("After I closed my old account, the bank said my refund was sent by cheque. When will your refund arrive?", F, "person"),
  ("After I closed my old account, the bank said my refund was sent by cheque. When did my refund arrive?", F, "tense"),
  ("After I closed my old account, the bank said my refund was sent by cheque. Why will my refund arrive late?", F, "question-word"),
  ("After I closed my old account, the bank said my refund was sent by cheque. When should I expect my refund to arrive?", T, "synonym"))
g("programming", "Must every Rust function that can fail return a Result?",
  ("Can a Rust function that can fail return an Option?", F, "modality"),
  ("Must every Rust function that cannot fail return a Result?", F, "negation"),
  ("Must every public Rust function that can fail return a Result?", F, "qualifier"),
  ("Does every fallible Rust function have to return a Result?", T, "synonym"))
g("school", "If a student fails two exams, will the student have to repeat the whole year?",
  ("If a student fails one exam, will the student have to repeat the whole year?", F, "number"),
  ("If a student fails two exams, will the student have to repeat the failed courses?", F, "object"),
  ("If a student fails two final exams, will the student have to repeat the whole year?", F, "qualifier"),
  ("If a student fails two exams, might the student have to repeat the whole year?", F, "modality"),
  ("Will a student who fails two exams have to repeat the whole year?", T, "reorder"))
g("hr-enterprise", "所有正式员工都有年终奖吗？",
  ("部分正式员工有年终奖吗？", F, "quantifier"),
  ("所有实习生都有年终奖吗？", F, "object"),
  ("所有正式员工去年都发了年终奖吗？", F, "tense"),
  ("所有正式员工入职第一年都有年终奖吗？", F, "qualifier"),
  ("是不是每个正式员工都能拿年终奖？", T, "rephrase"))
g("banking", "我的工资卡上个月被冻结了。我的工资卡什么时候能解冻？",
  ("我的工资卡上个月被冻结了。他的工资卡什么时候能解冻？", F, "person"),
  ("我的工资卡上个月被冻结了。我的工资卡为什么会被冻结？", F, "question-word"),
  ("我的工资卡上个月被冻结了。我的工资卡已经解冻了吗？", F, "tense"),
  ("我的工资卡上个月被冻结了。我的工资卡在哪里能解冻？", F, "question-word"),
  ("我的工资卡上个月被冻结了，请问什么时候可以解冻？", T, "politeness"))
g("legal", "被公司拖欠工资，员工必须先申请劳动仲裁才能起诉吗？",
  ("被公司拖欠工资，员工可以直接起诉吗？", F, "modality"),
  ("被员工拖欠房租，公司必须先申请劳动仲裁才能起诉吗？", F, "direction"),
  ("被公司拖欠社保，员工必须先申请劳动仲裁才能起诉吗？", F, "object"),
  ("公司拖欠工资的话，员工是不是一定要先走劳动仲裁，然后才能去法院起诉？", T, "rephrase"))
g("math", "一个班有 40 人，其中 25% 是男生，女生有多少人？",
  ("一个班有 40 人，其中 25% 是男生，男生有多少人？", F, "object"),
  ("一个班有 40 人，其中 25 人是男生，女生有多少人？", F, "number"),
  ("一个班有 40 人，其中 25% 是男生，女生比男生多多少人？", F, "question-word"),
  ("一个班有 40 人，其中 25% 是男生，女生占全班的百分之几？", F, "question-word"),
  ("全班 40 个人，男生占 25%，那女生是多少人？", T, "rephrase"))

CJK = re.compile(r"[\u4e00-\u9fff]")


def main():
    rows = []
    for i, (domain, a, variants) in enumerate(GROUPS, 1):
        assert 3 <= len(variants) <= 6, (a, len(variants))
        lang = "zh" if CJK.search(a) else "en"
        for b, label, cls in variants:
            assert b != a and isinstance(label, bool), (a, b)
            rows.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                         "group": "d6-%03d" % i, "split": "dev"})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pairs in %d groups to %s" % (len(rows), len(GROUPS), OUT))


if __name__ == "__main__":
    main()
