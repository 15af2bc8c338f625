#!/usr/bin/env python3
"""Literal data for dev-extra-7.jsonl and test-extra-7.jsonl (semantic-cache question pairs).

    python3 Benchmarks/data/cache-pairs/tools/extra_7_data.py

Each group is one stored question `a` and 3-7 new questions `b`, each with a label (True: one complete, correct
answer to `a` fully answers `b`) and a class. Written by a helper that did not read Sources/ or Tests/ and did not
run the verifier. The emphasis is on ordinary (Quora-duplicate style) paraphrases labelled true, and on false
near-misses, including heavy rewordings of a different question. Groups are numbered in the order written; whole
groups go to dev or test by the parity of the first byte of SHA-256 of the neutral id "g7-NNN" (even: dev, ids
d7-NNN; odd: test, ids t7-NNN), which does not depend on a group's text, labels or classes.
"""
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

T, F = True, False
GROUPS = []


def g(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- English: shopping
g("shopping", "How can I send back a pair of shoes that don't fit?",
  ("What's the way to return shoes that turned out to be the wrong size?", T, "rephrase"),
  ("shoes dont fit, how do i send them back", T, "short-form"),
  ("I ordered sneakers last week and they're too small. How do I return them?", T, "context-added"),
  ("How can I swap a pair of shoes that don't fit for a bigger size?", F, "action"),
  ("How can I send back a pair of shoes that arrived damaged?", F, "qualifier"),
  ("Why can't I send back a pair of shoes that don't fit?", F, "question-word"))
g("shopping", "Can I cancel my order once it has been shipped?",
  ("Is cancellation of an order still possible after it has shipped?", T, "nominalization"),
  ("Once my order's shipped, am I still able to cancel it?", T, "rephrase"),
  ("Is there any way to cancel an order that has already gone out?", T, "question-word-same"),
  ("Can I cancel my order before it has been shipped?", F, "direction"),
  ("Can I change the address on my order once it has been shipped?", F, "action"),
  ("Can the seller cancel my order once it has been shipped?", F, "entity"))
g("shopping", "Who pays for return shipping when an item is faulty?",
  ("When an item is faulty, who covers the cost of shipping it back?", T, "reorder"),
  ("Return postage for a defective product is paid by whom?", T, "passive"),
  ("faulty item - who pays the return shipping?", T, "short-form"),
  ("Who pays for return shipping when I simply changed my mind?", F, "qualifier"),
  ("How much is return shipping when an item is faulty?", F, "question-word"),
  ("Who pays for the original shipping when an item is faulty?", F, "object"))
g("shopping", "What is the price of the 256GB model?",
  ("How much does the 256GB model cost?", T, "question-word-same"),
  ("The 256GB model's price?", T, "possessive"),
  ("What's the 256 GB version going for?", T, "rephrase"),
  ("What is the price of the 512GB model?", F, "number"),
  ("What is the weight of the 256GB model?", F, "object"),
  ("Is the 256GB model worth the price?", F, "shared-vocabulary"))
g("shopping", "Is it possible to pay for my order in installments?",
  ("Can I split the payment for my order into installments?", T, "rephrase"),
  ("Do you let customers pay in installments?", T, "synonym"),
  ("pay in instalments possible?", T, "short-form"),
  ("Is it possible to pay for my order in cash on delivery?", F, "object"),
  ("Is it possible to pay off my installments early?", F, "action"),
  ("How many installments can I pay my order in?", F, "question-word"))
g("shopping", "Does the price of the TV include delivery?",
  ("Is delivery included in the TV's price?", T, "possessive"),
  ("Is shipping part of the price of the television, or is it extra?", T, "rephrase"),
  ("does the tv price include delivery", T, "typo-case"),
  ("Does the price of the TV include installation?", F, "object"),
  ("Does the price of the TV include delivery to an upstairs apartment?", F, "qualifier"),
  ("Does the price of the TV stand include delivery?", F, "entity"))
g("shopping", "How do I apply a promo code at checkout?",
  ("At checkout, where do I put in my promo code?", T, "rephrase"),
  ("What's the way to use a discount code when I check out?", T, "synonym"),
  ("First time shopping here - how do I apply a promo code at checkout?", T, "context-added"),
  ("How do I remove a promo code at checkout?", F, "action"),
  ("How do I get a promo code for checkout?", F, "action"),
  ("Why was my promo code rejected at checkout?", F, "question-word"))
g("shopping", "Can I buy a gift card with a gift card?",
  ("Is it possible to pay for a gift card using another gift card?", T, "rephrase"),
  ("Are gift cards allowed as payment when buying a gift card?", T, "passive"),
  ("Can I buy a gift card with a credit card?", F, "object"),
  ("Can I return a gift card bought with a gift card?", F, "action"),
  ("Can I buy a gift card with points?", F, "object"))
g("shopping", "Is the blue sofa cheaper than the grey one?",
  ("Does the blue sofa cost less than the grey one?", T, "synonym"),
  ("Is the grey sofa more expensive than the blue one?", T, "reorder"),
  ("Is the grey sofa cheaper than the blue one?", F, "direction"),
  ("Is the blue sofa bigger than the grey one?", F, "antonym"),
  ("Is the blue sofa as cheap as the grey one?", F, "operator"))
g("shopping", "When will my refund show up on my card?",
  ("How long until the refund appears on my credit card?", T, "question-word-same"),
  ("refund not on my card yet, when will it show?", T, "short-form"),
  ("When does a refund usually get credited back to my card?", T, "rephrase"),
  ("Why hasn't my refund shown up on my card?", F, "question-word"),
  ("When will my refund show up in my store credit balance?", F, "object"),
  ("When will my replacement show up?", F, "object"))

# ---------------------------------------------------------------- English: banking
g("banking", "How do I move money from my savings account into my checking account?",
  ("What's the way to move funds from savings into checking?", T, "synonym"),
  ("How can money be moved from my savings account to my checking account?", T, "passive"),
  ("savings -> checking transfer, how?", T, "short-form"),
  ("How do I move money from my checking account into my savings account?", F, "direction"),
  ("How do I transfer money from my savings account to someone else's checking account?", F, "qualifier"),
  ("How long does moving money from my savings account into my checking account take?", F, "question-word"))
g("banking", "What is the daily withdrawal limit at an ATM?",
  ("How much cash can I take out of an ATM in one day?", T, "rephrase"),
  ("ATM's daily withdrawal limit?", T, "short-form"),
  ("What's the maximum I can withdraw per day from a cash machine?", T, "synonym"),
  ("What is the daily deposit limit at an ATM?", F, "action"),
  ("What is the monthly withdrawal limit at an ATM?", F, "number"),
  ("What is the daily withdrawal limit at an ATM abroad?", F, "qualifier"),
  ("How do I raise the daily withdrawal limit at an ATM?", F, "question-word"))
g("banking", "How do I report a lost debit card?",
  ("What should I do to report that my debit card is lost?", T, "rephrase"),
  ("Lost my debit card - how do I let the bank know?", T, "short-form"),
  ("I'm travelling at the moment and I can't find my debit card anywhere. How do I report it lost?", T, "context-added"),
  ("How do I report a stolen credit card?", F, "object"),
  ("How do I report a found debit card?", F, "antonym"),
  ("How do I unlock a debit card I reported lost?", F, "action"))
g("banking", "Can I open a bank account without a Social Security number?",
  ("Is it possible to open an account at a bank if I don't have an SSN?", T, "rephrase"),
  ("Can I get a bank account opened if I don't have a Social Security number?", T, "passive"),
  ("can i open a bank acount w/o a social security number", T, "typo-case"),
  ("Can I open a bank account without a photo ID?", F, "object"),
  ("Can I close a bank account without a Social Security number?", F, "action"),
  ("Can my child open a bank account without a Social Security number?", F, "entity"))
g("banking", "What is the interest rate on your 12-month certificate of deposit?",
  ("How much interest does your 12-month CD pay?", T, "short-form"),
  ("Your one-year certificate of deposit's interest rate is what?", T, "possessive"),
  ("What rate do you offer on a 12 month CD?", T, "synonym"),
  ("What is the interest rate on your 6-month certificate of deposit?", F, "number"),
  ("What is the penalty on your 12-month certificate of deposit for early withdrawal?", F, "object"),
  ("What is the interest rate on your savings account?", F, "object"))
g("banking", "Did my employer send the payment to me?",
  ("Was the payment sent to me by my employer?", T, "passive"),
  ("Has my employer sent me the payment?", T, "rephrase"),
  ("Did I send the payment to my employer?", F, "direction"),
  ("Was my employer sent the payment by me?", F, "passive-role"),
  ("Did my employer send the payment to my landlord?", F, "entity"))
g("banking", "Why was my card declined at the supermarket?",
  ("My card got declined at the grocery store - what's the reason?", T, "rephrase"),
  ("What caused my card to be declined at the supermarket?", T, "question-word-same"),
  ("Why was my card charged twice at the supermarket?", F, "action"),
  ("Why was my card declined online?", F, "qualifier"),
  ("What should I do if my card is declined at the supermarket?", F, "question-word"))
g("banking", "How can I increase the credit limit on my card?",
  ("What's the way to get a higher credit limit on my card?", T, "rephrase"),
  ("Is there a way to raise my card's credit limit?", T, "possessive"),
  ("credit limit increase - how do i request one?", T, "nominalization"),
  ("How can I decrease the credit limit on my card?", F, "antonym"),
  ("How can I increase the credit limit on my husband's card?", F, "entity"),
  ("Why did you increase the credit limit on my card?", F, "question-word"))
g("banking", "Does the bank charge a fee for wire transfers abroad?",
  ("Is there a fee for sending an international wire transfer?", T, "rephrase"),
  ("Are international wires charged a fee by the bank?", T, "passive"),
  ("Does the bank charge a fee for receiving wire transfers from abroad?", F, "direction"),
  ("Does the bank charge a fee for wire transfers within the country?", F, "antonym"),
  ("How much does the bank charge for wire transfers abroad?", F, "question-word"))
g("banking", "Is my account's overdraft protection turned on?",
  ("Is overdraft protection enabled on my account?", T, "possessive"),
  ("Do I have overdraft protection switched on for my account?", T, "rephrase"),
  ("How do I turn on my account's overdraft protection?", F, "question-word"),
  ("Is my joint account's overdraft protection turned on?", F, "qualifier"),
  ("Is my account's overdraft protection turned off?", F, "antonym"))

# ---------------------------------------------------------------- English: customer service
g("customer-service", "How do I speak to a real person instead of the chatbot?",
  ("Is there a way to talk to a human agent rather than the bot?", T, "question-word-same"),
  ("How can I get a live agent instead of this chatbot?", T, "synonym"),
  ("human agent pls, not the bot", T, "short-form"),
  ("How do I switch from a real person back to the chatbot?", F, "direction"),
  ("How do I speak to a manager instead of the agent?", F, "entity"),
  ("What hours can I speak to a real person?", F, "question-word"))
g("customer-service", "Where can I see my order number?",
  ("Where is my order number shown?", T, "rephrase"),
  ("How do I find the order number for my purchase?", T, "question-word-same"),
  ("where do i find my order #", T, "short-form"),
  ("Where can I see my tracking number?", F, "object"),
  ("Where can I enter my order number?", F, "action"),
  ("Why don't I have an order number?", F, "question-word"))
g("customer-service", "How long does it take you to reply to an email?",
  ("What's your usual response time for emails?", T, "nominalization"),
  ("If I email you, when can I expect an answer?", T, "rephrase"),
  ("How long does it take you to reply to a phone message?", F, "object"),
  ("How long does it take you to reply to a complaint by letter?", F, "object"),
  ("How long does it take to get a refund after I email you?", F, "shared-vocabulary"))
g("customer-service", "Can I file a complaint about a delivery driver?",
  ("Is it possible to complain about one of your delivery drivers?", T, "nominalization"),
  ("How can I report a rude delivery driver?", F, "qualifier"),
  ("Can a delivery driver file a complaint about me?", F, "direction"),
  ("Can I leave a tip for a delivery driver?", F, "action"),
  ("Can I file a complaint about a delivery that never arrived?", F, "object"))
g("customer-service", "What are your customer support hours at the weekend?",
  ("When is customer service open on Saturdays and Sundays?", T, "rephrase"),
  ("weekend support hours?", T, "short-form"),
  ("On weekends, during what hours can I reach customer service?", T, "reorder"),
  ("What are your customer service hours on public holidays?", F, "date"),
  ("What are your store hours on weekends?", F, "object"),
  ("Is customer service open 24 hours on weekends?", F, "question-word"))
g("customer-service", "Can you send the invoice to my accountant instead of me?",
  ("Could the invoice be emailed to my accountant rather than to me?", T, "passive"),
  ("Is it possible to have my accountant receive the invoice instead of me?", T, "rephrase"),
  ("Can you send the invoice to me instead of my accountant?", F, "direction"),
  ("Can you send the invoice to my accountant as well as me?", F, "quantifier"),
  ("Can my accountant send the invoice to you?", F, "direction"))

# ---------------------------------------------------------------- English: health
g("health", "Can I take ibuprofen on an empty stomach?",
  ("Is it OK to take ibuprofen without eating first?", T, "rephrase"),
  ("Is taking ibuprofen on an empty stomach safe?", T, "nominalization"),
  ("ibuprofen w/o food ok?", T, "short-form"),
  ("Can I take ibuprofen with alcohol?", F, "object"),
  ("Can I take ibuprofen on an empty stomach while pregnant?", F, "qualifier"),
  ("Should I take ibuprofen on an empty stomach?", F, "modality"))
g("health", "How much water should an adult drink per day?",
  ("What's the recommended daily water intake for adults?", T, "nominalization"),
  ("How many litres of water does a grown-up need each day?", T, "rephrase"),
  ("daily water intake for an adult?", T, "short-form"),
  ("How much water should a toddler drink per day?", F, "entity"),
  ("How much coffee should an adult drink per day?", F, "object"),
  ("How much water should an adult drink per hour during a marathon?", F, "qualifier"))
g("health", "What are the symptoms of iron deficiency?",
  ("What symptoms does iron deficiency cause?", T, "rephrase"),
  ("How can I tell if I'm low on iron?", T, "rephrase"),
  ("Iron deficiency's symptoms?", T, "possessive"),
  ("What are the causes of iron deficiency?", F, "object"),
  ("What are the symptoms of iron overload?", F, "antonym"),
  ("What are the symptoms of vitamin D deficiency?", F, "entity"))
g("health", "Is it safe to do exercise when you have a cold?",
  ("Is working out with a cold a safe thing to do?", T, "nominalization"),
  ("Can I still go to the gym if I've got a cold?", T, "rephrase"),
  ("Is it safe to do exercise when you have a fever?", F, "object"),
  ("Is it safe to do exercise after you've had a cold?", F, "direction"),
  ("Does exercising help you get over a cold faster?", F, "shared-vocabulary"))
g("health", "How long after a flu shot am I protected?",
  ("How soon does the flu vaccine start working?", T, "rephrase"),
  ("After getting the flu jab, how long until it protects me?", T, "synonym"),
  ("How long does protection from a flu shot last?", F, "shared-vocabulary"),
  ("How long after a flu shot can I donate blood?", F, "object"),
  ("How long after a tetanus shot am I protected?", F, "entity"))
g("health", "Does my insurance cover a visit to the dermatologist?",
  ("Is a dermatologist visit covered by my insurance?", T, "passive"),
  ("Will my health plan pay for seeing a dermatologist?", T, "synonym"),
  ("Does my insurance cover a visit to the dermatologist without a referral?", F, "qualifier"),
  ("Does my insurance cover a visit to the dentist?", F, "entity"),
  ("Does my wife's insurance cover a visit to the dermatologist?", F, "possessive-relation"))
g("health", "Who prescribed this medication to my father?",
  ("This medication was prescribed to my father by whom?", T, "passive"),
  ("Which doctor put my father on this medication?", T, "rephrase"),
  ("Who prescribed this medication to my father's doctor?", F, "possessive-relation"),
  ("Who prescribed this medication to my mother?", F, "entity"),
  ("Why was this medication prescribed to my father?", F, "question-word"))
g("health", "Can children take adult cough syrup?",
  ("Is adult cough medicine safe to give to kids?", T, "rephrase"),
  ("Are kids allowed to take cough syrup meant for adults?", T, "synonym"),
  ("Can adults take children's cough syrup?", F, "direction"),
  ("Can children take adult allergy pills?", F, "object"),
  ("How much adult cough syrup can children take?", F, "question-word"))
g("health", "What counts as a normal resting heart rate for an adult?",
  ("What's the typical heart rate of an adult at rest?", T, "rephrase"),
  ("For a grown-up, what resting pulse is considered normal?", T, "synonym"),
  ("What is a normal resting heart rate for newborns?", F, "entity"),
  ("What is a normal heart rate for adults during exercise?", F, "qualifier"),
  ("What is a normal blood pressure for adults?", F, "object"))

# ---------------------------------------------------------------- English: programming
g("programming", "How do I reverse a list in Python?",
  ("What's the way to reverse a Python list?", T, "possessive"),
  ("How can a list be reversed in Python?", T, "passive"),
  ("python reverse list?", T, "short-form"),
  ("How do I sort a list in Python?", F, "action"),
  ("How do I reverse a string in Python?", F, "object"),
  ("How do I reverse a list in JavaScript?", F, "entity"))
g("programming", "How do I parse a string into an integer in Java?",
  ("What's the way to turn a String into an int in Java?", T, "synonym"),
  ("In Java, how can a string be converted to an integer?", T, "passive"),
  ("java string to int", T, "short-form"),
  ("How do I turn an integer into a string in Java?", F, "direction"),
  ("How do I parse a string into an integer in C?", F, "entity"),
  ("How do I convert a string to a double in Java?", F, "object"))
g("programming", "What is the difference between git merge and git rebase?",
  ("How does git rebase differ from git merge?", T, "reorder"),
  ("git merge vs git rebase - what's the difference?", T, "short-form"),
  ("When should I use git rebase instead of git merge?", F, "question-word"),
  ("What is the difference between git fetch and git pull?", F, "entity"),
  ("How do I undo a git rebase?", F, "action"))
g("programming", "Why does my React component render twice?",
  ("What causes a React component to render two times?", T, "question-word-same"),
  ("my react component renders twice, why??", T, "typo-case"),
  ("Why does my React component not render at all?", F, "negation"),
  ("How do I make my React component render twice?", F, "question-word"),
  ("Why does my React component render twice in production but not in development?", F, "qualifier"))
g("programming", "How can I delete a branch on the remote in git?",
  ("What's the git command to remove a remote branch?", T, "synonym"),
  ("How do you delete a remote git branch?", T, "reorder"),
  ("delete remote branch git", T, "short-form"),
  ("How can I delete a branch locally in git?", F, "antonym"),
  ("How can I rename a branch on the remote in git?", F, "action"),
  ("How can I delete a tag on the remote in git?", F, "object"))
g("programming", "Is Python slower than C++?",
  ("Is C++ faster than Python?", T, "reorder"),
  ("Does Python run slower than C++?", T, "synonym"),
  ("Is C++ slower than Python?", F, "direction"),
  ("Is Python slower than Go?", F, "entity"),
  ("Why is Python slower than C++?", F, "question-word"))
g("programming", "What does the 'static' keyword mean in Java?",
  ("What is the meaning of static in Java?", T, "rephrase"),
  ("Java static keyword - what does it do?", T, "short-form"),
  ("What does the 'final' keyword mean in Java?", F, "entity"),
  ("What does the 'static' keyword mean in C?", F, "entity"),
  ("Can a constructor be 'static' in Java?", F, "shared-vocabulary"))
g("programming", "How do I check if a key exists in a Python dictionary?",
  ("What's the way to test whether a dict contains a given key in Python?", T, "synonym"),
  ("In Python, how can I tell if a dictionary has a certain key?", T, "rephrase"),
  ("python check key in dict", T, "short-form"),
  ("How do I check if a value exists in a Python dictionary?", F, "object"),
  ("How do I remove a key from a Python dictionary?", F, "action"),
  ("How do I check if a key exists in a JavaScript object?", F, "entity"))
g("programming", "Which function calls `parse_config` in this repo?",
  ("In this repo, `parse_config` is called by which function?", T, "passive"),
  ("Which function does `parse_config` call in this repo?", F, "passive-role"),
  ("Which function is called by `parse_config` in this repo?", F, "passive-role"),
  ("Which test calls `parse_config` in this repo?", F, "object"))
g("programming", "What is the time complexity of binary search?",
  ("Binary search's time complexity?", T, "possessive"),
  ("How fast is binary search in big-O terms?", T, "rephrase"),
  ("What is the space complexity of binary search?", F, "object"),
  ("What is the time complexity of linear search?", F, "entity"),
  ("What is the worst-case time complexity of quicksort?", F, "entity"))
g("programming", "How do I exit Vim?",
  ("How can I quit vim?", T, "synonym"),
  ("i'm stuck in vim, how do i get out", T, "context-added"),
  ("What's the command to leave Vim?", T, "rephrase"),
  ("How do I exit Vim without saving?", F, "qualifier"),
  ("How do I exit nano?", F, "entity"))
g("programming", "Is `x += 1` the same as `x = x + 1` in Python?",
  ("In Python, does `x = x + 1` do the same thing as `x += 1`?", T, "reorder"),
  ("Is `x += 1` the same as `x = x - 1` in Python?", F, "operator"),
  ("Is `x =+ 1` the same as `x = x + 1` in Python?", F, "operator"),
  ("Is `x++` the same as `x = x + 1` in Python?", F, "operator"),
  ("Is `x += 1` the same as `x = x + 1` in JavaScript?", F, "entity"))

# ---------------------------------------------------------------- English: school
g("school", "Who wrote Romeo and Juliet?",
  ("Romeo and Juliet was written by whom?", T, "passive"),
  ("Who is the author of Romeo and Juliet?", T, "nominalization"),
  ("who wrote romeo & juliet", T, "typo-case"),
  ("Who wrote Macbeth?", F, "entity"),
  ("When was Romeo and Juliet written?", F, "question-word"),
  ("Who killed Juliet in Romeo and Juliet?", F, "shared-vocabulary"))
g("school", "Who did Brutus stab?",
  ("Who was stabbed by Brutus?", T, "passive"),
  ("Brutus stabbed whom?", T, "reorder"),
  ("Who was Brutus stabbed by?", F, "passive-role"),
  ("Who stabbed Brutus?", F, "direction"),
  ("Why did Brutus stab Caesar?", F, "question-word"))
g("school", "What is the capital city of New Zealand?",
  ("The capital of NZ is which city?", T, "short-form"),
  ("Which city is New Zealand's capital?", T, "reorder"),
  ("capital of new zealand?", T, "short-form"),
  ("What is the largest city of New Zealand?", F, "qualifier"),
  ("What is the capital city of New Caledonia?", F, "entity"),
  ("What is the population of New Zealand's capital?", F, "possessive-relation"))
g("school", "How do I calculate the area of a circle?",
  ("What's the formula for a circle's area?", T, "possessive"),
  ("How is the area of a circle worked out?", T, "passive"),
  ("area of circle formula", T, "short-form"),
  ("How do I calculate the circumference of a circle?", F, "object"),
  ("How do I calculate the area of a semicircle?", F, "entity"),
  ("How do I calculate the radius of a circle from its area?", F, "direction"))
g("school", "What grade do I need to pass the course?",
  ("What's the minimum grade to pass this course?", T, "rephrase"),
  ("To pass the course, which grade do I have to get?", T, "reorder"),
  ("What grade do I need to pass the course with distinction?", F, "qualifier"),
  ("What grade do I need to pass the final exam?", F, "object"),
  ("What grade did I get in the course?", F, "shared-vocabulary"))
g("school", "When is the deadline for submitting the essay?",
  ("By when does the essay have to be handed in?", T, "rephrase"),
  ("When's the essay due?", T, "short-form"),
  ("What's the due date for essay submission?", T, "nominalization"),
  ("When is the deadline for submitting the lab report?", F, "object"),
  ("When is the deadline for withdrawing from the course?", F, "action"),
  ("Can the deadline for submitting the essay be extended?", F, "question-word"))
g("school", "Is 133 a prime number?",
  ("Is the number 133 prime?", T, "reorder"),
  ("Is 133 prime or composite?", T, "rephrase"),
  ("Is 137 a prime number?", F, "number"),
  ("Is 133 an odd number?", F, "qualifier"),
  ("What are the prime factors of 133?", F, "question-word"))
g("school", "What is 35% of 140?",
  ("How much is thirty-five percent of 140?", T, "synonym"),
  ("140 times 0.35 equals what?", T, "rephrase"),
  ("35% of 140 = ?", T, "short-form"),
  ("What is 35 out of 140 as a percentage?", F, "direction"),
  ("What is 35% more than 140?", F, "operator"),
  ("What is 45% of 140?", F, "number"))
g("school", "Which is larger, 2/3 or 3/5?",
  ("Which is bigger: 3/5 or 2/3?", T, "reorder"),
  ("Is 2/3 greater than 3/5, or the other way round?", T, "rephrase"),
  ("Which is smaller, 2/3 or 3/5?", F, "antonym"),
  ("Which is larger, 2/3 or 7/9?", F, "number"),
  ("How much larger is 2/3 than 3/5?", F, "question-word"))
g("school", "Can I retake an exam I failed?",
  ("If I fail an exam, am I allowed to take it again?", T, "rephrase"),
  ("Is retaking a failed exam allowed?", T, "nominalization"),
  ("Can I retake an exam I passed to improve my grade?", F, "antonym"),
  ("Must I retake an exam I failed?", F, "modality"),
  ("How many times can I retake an exam I failed?", F, "question-word"))

# ---------------------------------------------------------------- English: travel
g("travel", "Do I need a visa to visit Japan as a US citizen?",
  ("As an American, do I have to get a visa for a trip to Japan?", T, "rephrase"),
  ("Is a visa required for US citizens travelling to Japan?", T, "passive"),
  ("us citizen, japan trip - visa needed?", T, "short-form"),
  ("Do I need a visa to visit the US as a Japanese citizen?", F, "direction"),
  ("Do I need a visa to take a job in Japan as a US citizen?", F, "action"),
  ("Do I need a visa to visit China as a US citizen?", F, "entity"))
g("travel", "How far ahead of an international flight should I turn up at the airport?",
  ("How long before an international flight should I arrive at the airport?", T, "rephrase"),
  ("What time should I be at the airport if I'm flying abroad?", T, "question-word-same"),
  ("How far ahead of a domestic flight should I turn up at the airport?", F, "antonym"),
  ("How early can I check in online for an international flight?", F, "action"),
  ("How late can I turn up at the airport for an international flight and still board?", F, "antonym"))
g("travel", "Am I allowed to put a power bank in my checked suitcase?",
  ("Are power banks allowed in checked baggage?", T, "passive"),
  ("Is it OK to pack a portable charger in the bag I check in?", T, "synonym"),
  ("power bank in checked bag ok?", T, "short-form"),
  ("Am I allowed to put a power bank in my cabin bag?", F, "antonym"),
  ("Am I allowed to put a hair dryer in my checked suitcase?", F, "object"),
  ("How many power banks can I bring in my carry-on?", F, "question-word"))
g("travel", "Is the train from Madrid to Barcelona faster than flying?",
  ("Between Madrid and Barcelona, is the train quicker than the plane?", T, "synonym"),
  ("Is flying from Madrid to Barcelona slower than taking the train?", T, "reorder"),
  ("Is flying from Madrid to Barcelona faster than the train?", F, "direction"),
  ("Is the train from Madrid to Barcelona cheaper than flying?", F, "antonym"),
  ("Is the train from Madrid to Valencia faster than flying?", F, "entity"))
g("travel", "What is the baggage allowance for economy class?",
  ("How much luggage can I take when flying economy?", T, "rephrase"),
  ("Economy class's baggage allowance?", T, "possessive"),
  ("What is the baggage allowance for business class?", F, "entity"),
  ("What is the fee for extra baggage in economy class?", F, "object"),
  ("What is the baggage allowance for infants in economy class?", F, "qualifier"))
g("travel", "How do I get from the airport to the city centre?",
  ("What's the best way to get into the city centre from the airport?", T, "reorder"),
  ("airport to city centre - how do i get there?", T, "short-form"),
  ("Just landed. How do I get from the airport to downtown?", T, "context-added"),
  ("How do I get from the city centre to the airport?", F, "direction"),
  ("How long does it take to get from the airport to the city centre?", F, "question-word"),
  ("How much is a taxi from the airport to the city centre?", F, "question-word"))
g("travel", "Am I able to change the name on my airline ticket?",
  ("Is it possible to have the name on my air ticket changed?", T, "passive"),
  ("Can the passenger name on my flight booking be corrected?", T, "synonym"),
  ("Am I able to change the date on my airline ticket?", F, "object"),
  ("Am I able to transfer my airline ticket to someone else?", F, "action"),
  ("How much does it cost to change the name on my airline ticket?", F, "question-word"))
g("travel", "Is breakfast included in the room rate?",
  ("Does the room price include breakfast?", T, "reorder"),
  ("Do I get breakfast included with the room?", T, "rephrase"),
  ("is brekfast included in the room rate", T, "typo-case"),
  ("Is dinner included in the room rate?", F, "object"),
  ("Is parking included in the room rate?", F, "object"),
  ("What time is breakfast served?", F, "shared-vocabulary"))

# ---------------------------------------------------------------- English: telecom
g("telecom", "How do I check how much mobile data I have left?",
  ("What's the way to see my remaining data balance?", T, "nominalization"),
  ("How can I find out how much data is left on my plan?", T, "rephrase"),
  ("data left? how do i check", T, "short-form"),
  ("How do I check how much mobile data I have used this year?", F, "qualifier"),
  ("How do I buy more mobile data?", F, "action"),
  ("How do I check how many minutes I have left?", F, "object"))
g("telecom", "Can I keep my phone number if I switch to another carrier?",
  ("If I move to a different provider, can I take my number with me?", T, "rephrase"),
  ("Is number porting possible when switching carriers?", T, "nominalization"),
  ("switching carrier - can i keep my number", T, "short-form"),
  ("Can I keep my phone number if I move to a prepaid plan?", F, "object"),
  ("Can I change my phone number if I switch to another carrier?", F, "antonym"),
  ("Can I keep my phone if I switch to another carrier?", F, "object"))
g("telecom", "Why is my internet so slow in the evening?",
  ("What makes my internet connection slow down at night?", T, "question-word-same"),
  ("My internet crawls every evening. What's the reason?", T, "rephrase"),
  ("Why is my internet so slow in the morning?", F, "date"),
  ("How do I make my internet faster in the evening?", F, "question-word"),
  ("Why does my internet keep disconnecting in the evening?", F, "object"))
g("telecom", "How much does it cost to call the UK from the US?",
  ("What's the rate for calling Britain from the United States?", T, "synonym"),
  ("From the US, how much are calls to the UK?", T, "reorder"),
  ("How much does it cost to call the US from the UK?", F, "direction"),
  ("How much does it cost to text the UK from the US?", F, "action"),
  ("How much does it cost to call the UK from the US with a prepaid card?", F, "qualifier"))
g("telecom", "How do I set up voicemail on my phone?",
  ("What is the way to activate voicemail on my phone?", T, "synonym"),
  ("voicemail setup on my phone?", T, "nominalization"),
  ("How do I turn off voicemail on my phone?", F, "action"),
  ("How do I change my voicemail greeting?", F, "object"),
  ("How do I set up voicemail on my landline?", F, "entity"))
g("telecom", "Is there a fee for cancelling my contract early?",
  ("Do I have to pay anything if I end my contract before it expires?", T, "rephrase"),
  ("Is early cancellation of my contract charged?", T, "nominalization"),
  ("Is there a fee for renewing my contract early?", F, "action"),
  ("How much is the fee for cancelling my contract early?", F, "question-word"),
  ("Is there a fee for cancelling my contract after it ends?", F, "direction"))

# ---------------------------------------------------------------- English: HR
g("hr-enterprise", "How many vacation days do new employees get?",
  ("What's the annual leave entitlement for new hires?", T, "synonym"),
  ("New employees get how many days of paid vacation?", T, "reorder"),
  ("I'm starting next month - how many vacation days will I get?", T, "context-added"),
  ("How many sick days do new employees get?", F, "object"),
  ("How many vacation days do managers get?", F, "entity"),
  ("Can new employees carry over unused vacation days?", F, "question-word"))
g("hr-enterprise", "Who approves my overtime?",
  ("My overtime is approved by whom?", T, "passive"),
  ("Who has to sign off on my overtime hours?", T, "synonym"),
  ("Whose overtime do I approve?", F, "passive-role"),
  ("Who pays my overtime?", F, "action"),
  ("Who approves my manager's overtime?", F, "possessive-relation"))
g("hr-enterprise", "Who is my manager's manager?",
  ("Who does my manager report to?", T, "rephrase"),
  ("Who is my manager?", F, "possessive-relation"),
  ("Who reports to my manager?", F, "direction"),
  ("Who is my manager's assistant?", F, "object"))
g("hr-enterprise", "Can I work from home on Fridays?",
  ("Am I allowed to work remotely on Fridays?", T, "synonym"),
  ("Is working from home allowed on Fridays?", T, "nominalization"),
  ("wfh on fridays ok?", T, "short-form"),
  ("Must I work from home on Fridays?", F, "modality"),
  ("Can I work from home every day?", F, "quantifier"),
  ("Can I work from abroad on Fridays?", F, "entity"))
g("hr-enterprise", "How do I submit my expense report?",
  ("What's the process for submitting expenses?", T, "rephrase"),
  ("How is an expense report submitted?", T, "passive"),
  ("Where do I file my expense claims?", T, "question-word-same"),
  ("How do I approve an expense report?", F, "action"),
  ("When will my expense report be paid?", F, "question-word"),
  ("How do I submit my timesheet?", F, "object"))
g("hr-enterprise", "How much notice do I have to give before resigning?",
  ("What notice period is required if I quit?", T, "rephrase"),
  ("If I resign, how far in advance do I need to tell the company?", T, "reorder"),
  ("How much notice does the company have to give before firing me?", F, "direction"),
  ("How much notice do I have to give before taking vacation?", F, "object"),
  ("How much notice do I have to give before resigning during probation?", F, "qualifier"))
g("hr-enterprise", "Is parental leave paid?",
  ("Do we get paid during parental leave?", T, "rephrase"),
  ("Is parental leave paid leave or unpaid?", T, "rephrase"),
  ("How long is parental leave?", F, "question-word"),
  ("Is sick leave paid?", F, "object"),
  ("Is parental leave paid for part-time employees?", F, "qualifier"))

# ---------------------------------------------------------------- English: insurance
g("insurance", "Does my car insurance cover a rental car?",
  ("Is a rental car covered by my auto insurance?", T, "passive"),
  ("Will my car policy protect me when I drive a hire car?", T, "synonym"),
  ("renting a car next week, does my car insurance cover it?", T, "context-added"),
  ("Does my car insurance cover a rental car abroad?", F, "qualifier"),
  ("Does my credit card cover a rental car?", F, "entity"),
  ("Does my car insurance cover a rental car while mine is in the shop?", F, "qualifier"))
g("insurance", "How do I file a claim for a broken windshield?",
  ("What's the process for claiming a cracked windscreen?", T, "synonym"),
  ("windshield broken - how do i make a claim?", T, "short-form"),
  ("How is a claim for a broken windshield filed?", T, "passive"),
  ("How do I cancel a claim for a broken windshield?", F, "action"),
  ("How do I file a claim for a broken side mirror?", F, "object"),
  ("Will a claim for a broken windshield raise my premium?", F, "question-word"))
g("insurance", "Will my premium go up if I add my teenage son to my policy?",
  ("If my teenage son is added to my policy, will my premium increase?", T, "passive"),
  ("Does adding my teen son to my insurance raise the premium?", T, "nominalization"),
  ("Will my premium go down if I add my teenage son to my policy?", F, "antonym"),
  ("Will my premium go up if I remove my teenage son from my policy?", F, "action"),
  ("How much will my premium go up if I add my teenage son to my policy?", F, "question-word"))
g("insurance", "What is a deductible?",
  ("What does deductible mean in insurance?", T, "rephrase"),
  ("Can you explain what an insurance deductible is?", T, "politeness"),
  ("What is a copay?", F, "entity"),
  ("What is my deductible?", F, "qualifier"),
  ("How do I lower my deductible?", F, "question-word"))
g("insurance", "Is flood damage covered by home insurance?",
  ("Does homeowners insurance cover flooding?", T, "passive"),
  ("Will my home insurance pay out for flood damage?", T, "synonym"),
  ("Is fire damage covered by home insurance?", F, "object"),
  ("Is flood damage covered by car insurance?", F, "entity"),
  ("Is flood damage covered by home insurance in a flood zone?", F, "qualifier"))

# ---------------------------------------------------------------- English: cooking
g("cooking", "For how many minutes do I boil an egg if I want the yolk runny?",
  ("For a soft, runny yolk, how many minutes do I boil an egg?", T, "reorder"),
  ("What's the boiling time for an egg with a runny yolk?", T, "nominalization"),
  ("how long to boil egg runny yolk", T, "short-form"),
  ("For how many minutes do I boil an egg if I want the yolk hard?", F, "antonym"),
  ("For how many minutes do I fry an egg if I want the yolk runny?", F, "action"),
  ("For how many minutes do I boil a duck egg if I want the yolk runny?", F, "entity"))
g("cooking", "Is it possible to use baking soda as a substitute for baking powder?",
  ("Can baking soda be used instead of baking powder?", T, "passive"),
  ("Is it OK to use baking soda in place of baking powder?", T, "synonym"),
  ("Is it possible to use baking powder as a substitute for baking soda?", F, "direction"),
  ("Is it possible to use yeast as a substitute for baking powder?", F, "entity"),
  ("How much baking soda do I use instead of baking powder?", F, "question-word"))
g("cooking", "What temperature should I roast a chicken at?",
  ("At what oven temperature do you roast a whole chicken?", T, "reorder"),
  ("What's the right oven temp for roasting chicken?", T, "short-form"),
  ("What internal temperature should a roast chicken reach?", F, "object"),
  ("How long should I roast a chicken?", F, "question-word"),
  ("What temperature should I roast a turkey at?", F, "entity"))
g("cooking", "How do I keep pasta from sticking together?",
  ("What's the way to stop pasta sticking together?", T, "synonym"),
  ("Is there a way to prevent pasta from clumping?", T, "question-word-same"),
  ("pasta keeps sticking, how do i stop it", T, "short-form"),
  ("How do I keep rice from sticking together?", F, "object"),
  ("How do I keep pasta from getting soggy?", F, "object"),
  ("Why does pasta stick together?", F, "question-word"))
g("cooking", "How many tablespoons are in a cup?",
  ("A cup is how many tablespoons?", T, "reorder"),
  ("How many tbsp make one cup?", T, "short-form"),
  ("How many teaspoons are in a cup?", F, "unit"),
  ("How many cups are in a tablespoon?", F, "direction"),
  ("How many tablespoons are in half a cup?", F, "number"))
g("cooking", "Can I freeze cooked rice?",
  ("Is it safe to freeze rice after cooking it?", T, "rephrase"),
  ("Can cooked rice be frozen?", T, "passive"),
  ("Can I freeze uncooked rice?", F, "antonym"),
  ("Can I reheat cooked rice?", F, "action"),
  ("How long can I freeze cooked rice?", F, "question-word"))

# ---------------------------------------------------------------- English: government
g("government", "How do I renew my passport?",
  ("What's the process for passport renewal?", T, "nominalization"),
  ("What do I need to do to get my passport renewed?", T, "passive"),
  ("passport renewal - how?", T, "short-form"),
  ("How do I renew my child's passport?", F, "possessive-relation"),
  ("How do I replace a lost passport?", F, "action"),
  ("How long does it take to renew my passport?", F, "question-word"))
g("government", "What documents do I need to register to vote?",
  ("Which papers are required for voter registration?", T, "nominalization"),
  ("To register as a voter, what documents must I bring?", T, "reorder"),
  ("What documents do I need to vote on election day?", F, "action"),
  ("What documents do I need to register a car?", F, "object"),
  ("Where do I go to register to vote?", F, "question-word"))
g("government", "Can I pay my property tax online?",
  ("Is it possible to pay property taxes over the internet?", T, "synonym"),
  ("Can property tax be paid online?", T, "passive"),
  ("Can I pay my property tax in installments?", F, "qualifier"),
  ("Can I pay my income tax online?", F, "object"),
  ("Can I appeal my property tax online?", F, "action"))
g("government", "When is the deadline to file my federal tax return?",
  ("By what date must I file my federal tax return?", T, "rephrase"),
  ("What's the due date for filing federal taxes?", T, "nominalization"),
  ("When is the deadline to file my state tax return?", F, "entity"),
  ("When is the deadline to file for an extension on my federal tax return?", F, "object"),
  ("When will I get my federal tax refund?", F, "shared-vocabulary"))
g("government", "Does my driver's license need to be renewed in person?",
  ("Do I have to renew my driving licence in person?", T, "passive"),
  ("Is an in-person visit required for driver's license renewal?", T, "nominalization"),
  ("Can my driver's license be renewed in person?", F, "modality"),
  ("Does my driver's license need to be renewed every year?", F, "question-word"),
  ("Does my car registration need to be renewed in person?", F, "object"))

# ---------------------------------------------------------------- Chinese: shopping
g("shopping", "怎么申请退货退款？",
  ("退货退款要如何申请？", T, "question-word-same"),
  ("想退货退钱，应该怎样操作？", T, "rephrase"),
  ("退货退款在哪里申请呀", T, "question-word-same"),
  ("怎么申请仅退款不退货？", F, "qualifier"),
  ("怎么撤销退货退款申请？", F, "action"),
  ("退货退款多久能到账？", F, "question-word"))
g("shopping", "订单发货以后还能取消吗？",
  ("已经发货的订单可以取消吗？", T, "rephrase"),
  ("发货后是否能取消订单？", T, "synonym"),
  ("货都发出去了，订单还能不能取消", T, "rephrase"),
  ("订单发货以前还能取消吗？", F, "direction"),
  ("订单发货以后还能改地址吗？", F, "action"),
  ("订单发货以后商家还能取消吗？", F, "entity"))
g("shopping", "这件衣服能不能换成大一号的？",
  ("这件衣服可以换大一码吗？", T, "synonym"),
  ("能把这件衣服换成大一号的吗？", T, "ba-construction"),
  ("这件衣服能不能换成小一号的？", F, "antonym"),
  ("这件衣服能不能换成别的颜色？", F, "object"),
  ("大一号的衣服能不能换成这件？", F, "direction"))
g("shopping", "满200减30的优惠券能和会员折扣一起用吗？",
  ("满200减30的券可以跟会员折扣叠加使用吗？", T, "synonym"),
  ("会员折扣和满200减30的优惠券能同时用吗？", T, "reorder"),
  ("满200减30优惠券能和会员折扣一起用不", T, "particles"),
  ("满500减30的优惠券能和会员折扣一起用吗？", F, "number"),
  ("满200减30的优惠券能和积分抵扣一起用吗？", F, "object"),
  ("满200减30的优惠券能用在会员折扣商品上吗？", F, "shared-vocabulary"))
g("shopping", "快递被别人签收了怎么办？",
  ("别人签收了我的快递，该怎么处理？", T, "passive"),
  ("我的包裹让别人代签了，怎么办", T, "synonym"),
  ("别人的快递被我签收了怎么办？", F, "passive-role"),
  ("快递没被签收怎么办？", F, "negation"),
  ("快递被别人拒收了怎么办？", F, "action"))
g("shopping", "苹果15比华为Mate60贵多少钱？",
  ("华为Mate60比苹果15便宜多少？", T, "reorder"),
  ("iPhone 15和华为Mate60差价是多少", T, "rephrase"),
  ("苹果15比华为Mate60贵吗？", F, "question-word"),
  ("苹果15比华为Mate60重多少？", F, "object"),
  ("苹果15 Pro比华为Mate60贵多少钱？", F, "entity"))
g("shopping", "七天无理由退货的运费谁出？",
  ("七天无理由退货，来回运费是谁承担？", T, "synonym"),
  ("无理由退货的运费由谁来付？", T, "passive"),
  ("7天无理由退货运费谁出啊", T, "typo-case"),
  ("质量问题退货的运费谁出？", F, "qualifier"),
  ("七天无理由退货的运费是多少？", F, "question-word"),
  ("七天无理由换货的运费谁出？", F, "action"))
g("shopping", "商品降价了可以申请退差价吗？",
  ("买完东西降价了，能不能补差价？", T, "rephrase"),
  ("下单后商品降价，是否能退还差价？", T, "synonym"),
  ("商品涨价了可以申请补差价吗？", F, "antonym"),
  ("商品降价了可以申请退货吗？", F, "action"),
  ("商品降价了多久内可以申请退差价？", F, "question-word"))
g("shopping", "把购物车里的东西分享给朋友怎么弄？",
  ("怎么把购物车的商品分享给好友？", T, "particles"),
  ("购物车里的商品如何分享给朋友？", T, "ba-construction"),
  ("朋友分享给我的购物车怎么打开？", F, "direction"),
  ("把购物车里的东西全部删掉怎么弄？", F, "action"),
  ("把收藏夹里的东西分享给朋友怎么弄？", F, "object"))
g("shopping", "货到付款可以刷卡吗？",
  ("货到付款能不能用银行卡付？", T, "synonym"),
  ("货到付款的时候是否可以刷卡？", T, "rephrase"),
  ("货到付款可以用微信吗？", F, "object"),
  ("货到付款需要刷卡吗？", F, "modality"),
  ("货到付款可以拒收吗？", F, "action"))

# ---------------------------------------------------------------- Chinese: banking
g("banking", "怎么把钱从支付宝转到银行卡？",
  ("支付宝里的钱如何转到银行卡上？", T, "ba-construction"),
  ("支付宝余额怎样提现到银行卡", T, "synonym"),
  ("支付宝转银行卡怎么操作", T, "short-form"),
  ("怎么把钱从银行卡转到支付宝？", F, "direction"),
  ("怎么把钱从支付宝转到微信？", F, "entity"),
  ("从支付宝转到银行卡要多少手续费？", F, "question-word"))
g("banking", "人民币换美元去哪里换最划算？",
  ("用人民币兑换美元，在哪换比较划算？", T, "synonym"),
  ("想把人民币换成美元，哪儿汇率最好？", T, "ba-construction"),
  ("美元换人民币去哪里换最划算？", F, "direction"),
  ("人民币换日元去哪里换最划算？", F, "entity"),
  ("人民币换美元每年有额度限制吗？", F, "shared-vocabulary"))
g("banking", "银行卡丢了怎么挂失？",
  ("银行卡不见了要怎样挂失？", T, "synonym"),
  ("我的银行卡弄丢了，如何办理挂失", T, "question-word-same"),
  ("卡丢了咋挂失", T, "short-form"),
  ("银行卡丢了怎么补办？", F, "action"),
  ("身份证丢了怎么挂失？", F, "object"),
  ("银行卡挂失后怎么解挂？", F, "action"))
g("banking", "信用卡的额度怎么提高？",
  ("怎样提升信用卡额度？", T, "particles"),
  ("信用卡额度能不能提高，怎么弄", T, "rephrase"),
  ("如何申请信用卡提额", T, "nominalization"),
  ("信用卡的额度怎么降低？", F, "antonym"),
  ("信用卡的额度为什么被降低了？", F, "question-word"),
  ("信用卡的临时额度怎么提高？", F, "qualifier"))
g("banking", "定期存款提前取出来利息怎么算？",
  ("定期没到期就取出，利息如何计算？", T, "rephrase"),
  ("提前支取定期存款的话利息怎么算", T, "reorder"),
  ("定期存款到期取出来利息怎么算？", F, "antonym"),
  ("定期存款提前取出来要手续费吗？", F, "question-word"),
  ("活期存款取出来利息怎么算？", F, "entity"))
g("banking", "房贷每个月还多少钱？",
  ("房贷月供是多少？", T, "synonym"),
  ("每月房贷要还多少", T, "reorder"),
  ("房贷一共还多少钱？", F, "quantifier"),
  ("车贷每个月还多少钱？", F, "entity"),
  ("房贷每个月几号还？", F, "question-word"))
g("banking", "是我老婆给我转的钱吗？",
  ("这笔钱是我老婆转给我的吗？", T, "reorder"),
  ("这钱是不是老婆转过来的", T, "rephrase"),
  ("是我给我老婆转的钱吗？", F, "direction"),
  ("是我老婆收到了我转的钱吗？", F, "reworded-different"),
  ("是我妈给我转的钱吗？", F, "entity"))
g("banking", "跨行转账要手续费吗？",
  ("不同银行之间转账收不收手续费？", T, "rephrase"),
  ("跨行转账收费吗", T, "short-form"),
  ("跨行取款要手续费吗？", F, "action"),
  ("跨境转账要手续费吗？", F, "entity"),
  ("跨行转账手续费是多少？", F, "question-word"))
g("banking", "工资卡可以换成别的银行的吗？",
  ("能不能把工资卡换成其他银行的卡？", T, "ba-construction"),
  ("工资卡是否能换到别的银行？", T, "synonym"),
  ("工资卡可以注销吗？", F, "action"),
  ("工资卡必须是公司指定的银行吗？", F, "modality"),
  ("社保卡可以换成别的银行的吗？", F, "object"))

# ---------------------------------------------------------------- Chinese: customer service
g("customer-service", "怎么转人工客服？",
  ("要怎么样才能联系到人工客服？", T, "question-word-same"),
  ("不想跟机器人聊，怎样找真人客服", T, "rephrase"),
  ("转人工", T, "short-form"),
  ("人工客服晚上几点以后就没人了？", F, "question-word"),
  ("人工客服态度差怎么投诉？", F, "action"),
  ("怎么转到售后客服？", F, "object"))
g("customer-service", "投诉多久会有回复？",
  ("提交投诉以后一般多长时间给答复？", T, "rephrase"),
  ("投诉了大概几天能回复我", T, "question-word-same"),
  ("投诉没有回复怎么办？", F, "question-word"),
  ("退款多久会有回复？", F, "object"),
  ("投诉多久会被撤销？", F, "action"))
g("customer-service", "发票可以开成公司抬头吗？",
  ("能不能把发票抬头开成公司的？", T, "ba-construction"),
  ("发票抬头是否可以写公司名称？", T, "synonym"),
  ("公司抬头的发票可以改成个人的吗？", F, "direction"),
  ("发票可以开成专票吗？", F, "object"),
  ("发票抬头写错了能重新开吗？", F, "action"))
g("customer-service", "会员到期前会提醒我吗？",
  ("会员快到期的时候有没有提醒？", T, "rephrase"),
  ("会员到期前是否会通知我？", T, "synonym"),
  ("会员到期后会自动续费吗？", F, "action"),
  ("会员到期后会提醒我吗？", F, "direction"),
  ("会员到期前多少天提醒？", F, "question-word"))
g("customer-service", "你们的客服热线是多少？",
  ("客服电话号码是多少？", T, "synonym"),
  ("你们客服热线多少", T, "particles"),
  ("请问贵公司客服电话是多少？", T, "politeness"),
  ("你们的客服热线几点开始接听？", F, "question-word"),
  ("你们的投诉邮箱是多少？", F, "object"))

# ---------------------------------------------------------------- Chinese: health
g("health", "感冒了可以喝酒吗？",
  ("感冒的时候能不能喝酒？", T, "synonym"),
  ("得了感冒是否可以饮酒？", T, "rephrase"),
  ("感冒了能喝酒不", T, "particles"),
  ("吃了感冒药可以喝酒吗？", F, "qualifier"),
  ("感冒期间可以喝咖啡吗？", F, "object"),
  ("感冒了必须戒酒吗？", F, "modality"))
g("health", "布洛芬和对乙酰氨基酚能一起吃吗？",
  ("对乙酰氨基酚跟布洛芬可以同时吃吗？", T, "reorder"),
  ("布洛芬和扑热息痛能不能一块吃", T, "synonym"),
  ("布洛芬和阿司匹林能一起吃吗？", F, "entity"),
  ("布洛芬和对乙酰氨基酚哪个效果好？", F, "question-word"),
  ("布洛芬和对乙酰氨基酚要间隔多久吃？", F, "question-word"))
g("health", "成年人每天睡几个小时比较合适？",
  ("成人一天睡多长时间最好？", T, "synonym"),
  ("大人每天应该睡几个钟头", T, "rephrase"),
  ("每天睡几个小时对成年人来说合适？", T, "reorder"),
  ("小孩每天睡几个小时比较合适？", F, "entity"),
  ("成年人每天午睡几个小时比较合适？", F, "qualifier"),
  ("成年人每天几点睡比较合适？", F, "question-word"))
g("health", "体检前一天晚上能吃东西吗？",
  ("体检头一天晚上可以吃饭吗？", T, "synonym"),
  ("明天体检，今晚还能不能吃东西", T, "context-added"),
  ("体检当天早上能吃东西吗？", F, "date"),
  ("体检前一天晚上能喝水吗？", F, "object"),
  ("体检前一天晚上不能做什么？", F, "question-word"))
g("health", "血压高压140算高吗？",
  ("收缩压140是不是偏高？", T, "synonym"),
  ("高压到140了，算不算高血压", T, "rephrase"),
  ("血压低压140算高吗？", F, "entity"),
  ("血压高压120算高吗？", F, "number"),
  ("血压高压140要吃药吗？", F, "question-word"))
g("health", "医生给我妈开的药是什么？",
  ("我妈被医生开了什么药？", T, "passive"),
  ("医生给我妈开了啥药", T, "short-form"),
  ("我妈给医生开的药是什么？", F, "direction"),
  ("医生给我妈开的药怎么吃？", F, "question-word"),
  ("医生给我爸开的药是什么？", F, "entity"))
g("health", "打完新冠疫苗过多久才可以洗澡？",
  ("接种新冠疫苗后多长时间能洗澡？", T, "synonym"),
  ("新冠疫苗打了以后隔多久才能洗澡", T, "reorder"),
  ("打完新冠疫苗过多久才可以喝酒？", F, "action"),
  ("打完流感疫苗多久可以洗澡？", F, "entity"),
  ("打新冠疫苗前可以洗澡吗？", F, "direction"))
g("health", "孩子发烧38度要去医院吗？",
  ("小孩烧到38度需不需要去医院？", T, "synonym"),
  ("宝宝发烧三十八度，用不用上医院", T, "rephrase"),
  ("孩子发烧39.5度要去医院吗？", F, "number"),
  ("孩子发烧38度要吃退烧药吗？", F, "action"),
  ("大人发烧38度要去医院吗？", F, "entity"))

# ---------------------------------------------------------------- Chinese: programming
g("programming", "Python 怎么把字符串转成整数？",
  ("Python 里如何将字符串转换为 int？", T, "synonym"),
  ("python str 转 int 怎么写", T, "short-form"),
  ("Python 中字符串怎样转换成整数", T, "ba-construction"),
  ("Python 怎么把整数转成字符串？", F, "direction"),
  ("Python 怎么把字符串转成浮点数？", F, "object"),
  ("Java 怎么把字符串转成整数？", F, "entity"))
g("programming", "git 怎么撤销最后一次 commit？",
  ("如何撤回 git 最近的一次提交？", T, "synonym"),
  ("git 最后一个 commit 怎样撤销", T, "reorder"),
  ("刚 commit 完发现提交错了，git 怎么撤销", T, "context-added"),
  ("git 怎么撤销最后一次 push？", F, "object"),
  ("git 怎么修改最后一次 commit 的提交信息？", F, "action"),
  ("git 怎么撤销第一次 commit？", F, "antonym"))
g("programming", "JavaScript 里 == 和 === 有什么区别？",
  ("JS 中 === 跟 == 的区别是什么？", T, "reorder"),
  ("js 双等号和三等号有啥不一样", T, "short-form"),
  ("JavaScript 里 != 和 !== 有什么区别？", F, "operator"),
  ("JavaScript 里什么时候用 == 而不用 ===？", F, "question-word"),
  ("PHP 里 == 和 === 有什么区别？", F, "entity"))
g("programming", "为什么我的 Docker 容器一启动就退出？",
  ("Docker 容器启动后马上停止是什么原因？", T, "question-word-same"),
  ("docker 容器跑起来就自动退出了，为啥", T, "synonym"),
  ("为什么我的 Docker 容器启动不了？", F, "negation"),
  ("怎么让 Docker 容器启动后不退出？", F, "question-word"),
  ("为什么我的 Docker 镜像一构建就失败？", F, "object"))
g("programming", "MySQL 怎么查询表里的重复数据？",
  ("MySQL 中如何找出表里重复的记录？", T, "synonym"),
  ("mysql 查重复数据的 sql 怎么写", T, "short-form"),
  ("MySQL 怎么删除表里的重复数据？", F, "action"),
  ("MySQL 怎么查询表里不重复的数据？", F, "negation"),
  ("MySQL 怎么统计表里的数据条数？", F, "object"))
g("programming", "Python 列表怎么按元素长度排序？",
  ("怎么让 Python 的 list 按每个元素的长度排序？", T, "rephrase"),
  ("python list 按长度排序", T, "short-form"),
  ("Python 列表怎么按元素长度倒序排序？", F, "qualifier"),
  ("Python 列表怎么按元素大小排序？", F, "object"),
  ("Python 字典怎么按值的长度排序？", F, "entity"))
g("programming", "函数 A 调用了函数 B，B 报错会影响 A 吗？",
  ("B 被 A 调用，B 抛异常的话 A 会受影响吗？", T, "passive"),
  ("A 里面调用 B，如果 B 出错了，A 会不会受影响", T, "rephrase"),
  ("函数 B 调用了函数 A，B 报错会影响 A 吗？", F, "direction"),
  ("函数 A 调用了函数 B，A 报错会影响 B 吗？", F, "direction"),
  ("函数 A 调用了函数 B，B 报错怎么定位？", F, "question-word"))
g("programming", "a = 5; a -= 2 之后 a 等于多少？",
  ("执行 a = 5 和 a -= 2 以后，a 的值是多少？", T, "rephrase"),
  ("a = 5; a += 2 之后 a 等于多少？", F, "operator"),
  ("a = 5; a *= 2 之后 a 等于多少？", F, "operator"),
  ("a = 2; a -= 5 之后 a 等于多少？", F, "number"))
g("programming", "Vue 和 React 哪个更容易上手？",
  ("React 跟 Vue 相比哪个好学？", T, "reorder"),
  ("新手学前端框架，Vue 和 React 哪个入门简单", T, "context-added"),
  ("Vue 和 React 哪个性能更好？", F, "object"),
  ("Vue 和 Angular 哪个更容易上手？", F, "entity"),
  ("Vue 和 React 哪个更难上手？", F, "antonym"))

# ---------------------------------------------------------------- Chinese: school
g("school", "《红楼梦》的作者是谁？",
  ("《红楼梦》是谁写的？", T, "rephrase"),
  ("红楼梦作者是谁", T, "particles"),
  ("《红楼梦》是被谁写出来的？", T, "passive"),
  ("《西游记》的作者是谁？", F, "entity"),
  ("《红楼梦》是什么时候写的？", F, "question-word"),
  ("《红楼梦》后四十回的作者是谁？", F, "qualifier"))
g("school", "小明比小红大三岁，小红今年十岁，小明几岁？",
  ("小红十岁，小明比她大三岁，问小明今年多大？", T, "reorder"),
  ("小红比小明大三岁，小红今年十岁，小明几岁？", F, "direction"),
  ("小明比小红小三岁，小红今年十岁，小明几岁？", F, "antonym"),
  ("小明比小红大三岁，小红今年十岁，三年后小明几岁？", F, "date"))
g("school", "一元二次方程的求根公式是什么？",
  ("二次方程求根公式怎么写？", T, "rephrase"),
  ("ax²+bx+c=0 的求根公式是啥", T, "synonym"),
  ("一元二次方程的判别式是什么？", F, "object"),
  ("一元三次方程的求根公式是什么？", F, "number"),
  ("一元二次方程的求根公式怎么推导？", F, "question-word"))
g("school", "期末考试不及格可以补考吗？",
  ("期末挂科了能不能补考？", T, "synonym"),
  ("期末没及格的话是否有补考机会", T, "rephrase"),
  ("期末考试不及格必须重修吗？", F, "modality"),
  ("期末考试及格了可以重考刷分吗？", F, "negation"),
  ("期末考试不及格补考几次？", F, "question-word"))
g("school", "3/4 和 5/6 哪个大？",
  ("5/6 和 3/4 比哪个更大？", T, "reorder"),
  ("四分之三和六分之五谁大", T, "synonym"),
  ("3/4 和 5/6 哪个小？", F, "antonym"),
  ("3/4 比 5/6 大多少？", F, "question-word"),
  ("3/4 和 5/8 哪个大？", F, "number"))
g("school", "光在真空中的速度是多少？",
  ("真空中光速是多少？", T, "particles"),
  ("光在真空里传播得有多快？", T, "rephrase"),
  ("光在水中的速度是多少？", F, "entity"),
  ("声音在真空中的速度是多少？", F, "entity"),
  ("光从太阳到地球要多久？", F, "shared-vocabulary"))
g("school", "五边形的内角和是多少度？",
  ("五边形五个内角加起来是几度？", T, "rephrase"),
  ("五边形内角和多少度", T, "particles"),
  ("六边形的内角和是多少度？", F, "entity"),
  ("五边形的外角和是多少度？", F, "antonym"),
  ("为什么五边形的内角和是540度？", F, "question-word"))
g("school", "大学转专业要满足哪些条件？",
  ("想换专业，有哪些要求？", T, "synonym"),
  ("申请转专业的条件是什么", T, "nominalization"),
  ("转专业需要多长时间？", F, "question-word"),
  ("转学需要满足什么条件？", F, "object"),
  ("转专业以后学分怎么算？", F, "shared-vocabulary"))

# ---------------------------------------------------------------- Chinese: travel
g("travel", "从北京到上海坐高铁要多久？",
  ("北京到上海高铁需要几个小时？", T, "particles"),
  ("坐高铁从北京去上海得多长时间", T, "reorder"),
  ("北京上海高铁多久到", T, "short-form"),
  ("从上海到北京坐高铁票价多少？", F, "question-word"),
  ("从北京到上海坐飞机要多久？", F, "entity"),
  ("从北京到杭州坐高铁要多久？", F, "entity"))
g("travel", "中国人去泰国需要签证吗？",
  ("持中国护照去泰国要不要办签证？", T, "synonym"),
  ("去泰国旅游，中国公民需要签证吗", T, "reorder"),
  ("泰国人来中国需要签证吗？", F, "direction"),
  ("中国人去泰国工作需要签证吗？", F, "qualifier"),
  ("中国人去泰国落地签要多少钱？", F, "question-word"))
g("travel", "充电宝可以带上飞机吗？",
  ("坐飞机能不能带充电宝？", T, "synonym"),
  ("充电宝是否能随身带上飞机", T, "synonym"),
  ("充电宝可以托运吗？", F, "action"),
  ("两万毫安的充电宝可以带上火车吗？", F, "entity"),
  ("飞机上可以用充电宝给手机充电吗？", F, "shared-vocabulary"))
g("travel", "火车票改签要收手续费吗？",
  ("火车票改签收不收费？", T, "synonym"),
  ("改签火车票需要另外付手续费吗", T, "reorder"),
  ("火车票退票要收手续费吗？", F, "action"),
  ("火车票改签可以改几次？", F, "question-word"),
  ("火车票开车前48小时内改签要收手续费吗？", F, "qualifier"))
g("travel", "酒店几点前要退房？",
  ("酒店最晚几点退房？", T, "synonym"),
  ("退房时间一般是几点", T, "nominalization"),
  ("酒店几点以后可以入住？", F, "antonym"),
  ("酒店可以延迟退房吗？", F, "question-word"),
  ("民宿几点前要退房？", F, "entity"))
g("travel", "上海浦东机场怎么去虹桥机场？",
  ("从浦东机场到虹桥机场怎么走？", T, "synonym"),
  ("浦东机场去虹桥机场坐什么车", T, "rephrase"),
  ("上海虹桥机场怎么去浦东机场？", F, "direction"),
  ("上海浦东机场怎么去外滩？", F, "entity"),
  ("上海浦东机场到虹桥机场多远？", F, "question-word"))

# ---------------------------------------------------------------- Chinese: telecom
g("telecom", "怎么查询手机剩余流量？",
  ("手机流量还剩多少怎么查？", T, "reorder"),
  ("如何查看本月剩下的流量", T, "question-word-same"),
  ("查剩余流量", T, "short-form"),
  ("怎么查询手机已用话费？", F, "object"),
  ("怎么给手机充流量？", F, "action"),
  ("怎么查询家里宽带剩余流量？", F, "entity"))
g("telecom", "携号转网需要什么条件？",
  ("办携号转网有哪些要求？", T, "synonym"),
  ("想保留号码换运营商，需要满足什么条件", T, "rephrase"),
  ("携号转网需要多长时间？", F, "question-word"),
  ("携号转网后原来的套餐还能用吗？", F, "shared-vocabulary"),
  ("注销手机号需要什么条件？", F, "action"))
g("telecom", "把套餐从128元改成58元可以吗？",
  ("128元的套餐能不能降到58元？", T, "ba-construction"),
  ("我想从128降档到58元套餐，可以办吗", T, "rephrase"),
  ("把套餐从58元改成128元可以吗？", F, "direction"),
  ("把套餐从128元改成88元可以吗？", F, "number"),
  ("把宽带从128元改成58元可以吗？", F, "object"))
g("telecom", "宽带断网了怎么报修？",
  ("家里宽带没网了，怎么申请维修？", T, "synonym"),
  ("宽带故障报修怎么弄", T, "nominalization"),
  ("宽带断网了怎么投诉？", F, "action"),
  ("宽带断网了会退钱吗？", F, "question-word"),
  ("手机没信号了怎么报修？", F, "object"))
g("telecom", "手机的国际漫游功能怎么开通？",
  ("出国前怎样开通国际漫游？", T, "context-added"),
  ("国际漫游如何办理", T, "question-word-same"),
  ("手机的国际漫游功能怎么关闭？", F, "antonym"),
  ("国际漫游怎么收费？", F, "question-word"),
  ("国际长途怎么开通？", F, "object"))

# ---------------------------------------------------------------- Chinese: HR
g("hr-enterprise", "试用期可以请年假吗？",
  ("试用期内能不能休年假？", T, "synonym"),
  ("还在试用期，是否可以申请年假", T, "rephrase"),
  ("试用期可以请病假吗？", F, "object"),
  ("试用期必须请年假吗？", F, "modality"),
  ("试用期可以辞职吗？", F, "action"))
g("hr-enterprise", "加班费怎么算？",
  ("加班工资如何计算？", T, "synonym"),
  ("加班的钱是怎么算出来的", T, "rephrase"),
  ("周末加班费怎么算？", F, "qualifier"),
  ("加班费什么时候发？", F, "question-word"),
  ("调休怎么算？", F, "object"))
g("hr-enterprise", "我领导的领导是谁？",
  ("我的上级向谁汇报？", T, "rephrase"),
  ("我的领导是谁？", F, "possessive-relation"),
  ("谁向我领导汇报？", F, "direction"),
  ("我领导的助理是谁？", F, "object"))
g("hr-enterprise", "离职要提前多少天申请？",
  ("辞职需要提前几天提交申请？", T, "synonym"),
  ("要走人的话得提前多久说", T, "rephrase"),
  ("离职要提前多少天交接完？", F, "action"),
  ("公司辞退员工要提前多少天通知？", F, "direction"),
  ("试用期离职要提前多少天申请？", F, "qualifier"))
g("hr-enterprise", "年终奖什么时候发？",
  ("年终奖一般几月份发放？", T, "question-word-same"),
  ("今年年终奖啥时候到账", T, "synonym"),
  ("年终奖怎么算？", F, "question-word"),
  ("离职了还有年终奖吗？", F, "shared-vocabulary"),
  ("十三薪什么时候发？", F, "entity"))
g("hr-enterprise", "社保是公司交还是自己交？",
  ("社保由公司缴纳还是个人缴纳？", T, "passive"),
  ("社保是自己交还是公司交", T, "reorder"),
  ("社保公司交多少、自己交多少？", F, "question-word"),
  ("公积金是公司交还是自己交？", F, "entity"),
  ("社保断交了怎么办？", F, "shared-vocabulary"))

# ---------------------------------------------------------------- Chinese: insurance
g("insurance", "车险出险以后第二年保费会涨吗？",
  ("出过险，明年车险会不会涨价？", T, "rephrase"),
  ("车险理赔后下一年保费是否会上涨", T, "synonym"),
  ("车险出险以后第二年保费会降吗？", F, "antonym"),
  ("车险出险以后第二年保费涨多少？", F, "question-word"),
  ("车险没出险第二年保费会降吗？", F, "negation"))
g("insurance", "医保卡能报销门诊看病的钱吗？",
  ("门诊看病能不能用医保报销？", T, "reorder"),
  ("门诊费用是否能被医保报销", T, "passive"),
  ("医保卡能报销住院的钱吗？", F, "object"),
  ("医保门诊费用能报销多少？", F, "question-word"),
  ("商业保险能报销门诊看病的钱吗？", F, "entity"))
g("insurance", "重疾险跟百万医疗险到底有什么区别？",
  ("百万医疗险和重疾险的区别在哪？", T, "reorder"),
  ("重疾险、百万医疗险有啥不同", T, "short-form"),
  ("重疾险跟百万医疗险哪个更重要？", F, "question-word"),
  ("重疾险跟定期寿险到底有什么区别？", F, "entity"),
  ("重疾险跟百万医疗险能一起买吗？", F, "shared-vocabulary"))
g("insurance", "保险受益人能改成我女儿吗？",
  ("能不能把受益人改成我女儿？", T, "ba-construction"),
  ("受益人是否可以变更为我闺女", T, "synonym"),
  ("保险投保人能改成我女儿吗？", F, "entity"),
  ("保险受益人能改成我女儿的孩子吗？", F, "possessive-relation"),
  ("保险受益人能有几个？", F, "question-word"))

# ---------------------------------------------------------------- Chinese: cooking
g("cooking", "红烧肉要怎么做才能吃着不腻？",
  ("如何做红烧肉吃起来不油腻？", T, "question-word-same"),
  ("红烧肉怎样做不腻口", T, "synonym"),
  ("红烧肉怎么做才软烂？", F, "object"),
  ("红烧肉为什么吃起来很腻？", F, "question-word"),
  ("东坡肉怎么做才不腻？", F, "entity"))
g("cooking", "鸡蛋要煮几分钟才熟？",
  ("水煮蛋煮多长时间能熟？", T, "synonym"),
  ("煮鸡蛋几分钟熟", T, "short-form"),
  ("想煮成溏心蛋要几分钟？", F, "qualifier"),
  ("鸡蛋要蒸几分钟才熟？", F, "action"),
  ("鸭蛋要煮几分钟才熟？", F, "entity"))
g("cooking", "做蛋糕能用低筋面粉代替高筋面粉吗？",
  ("做蛋糕时低筋粉可以替代高筋粉吗？", T, "synonym"),
  ("蛋糕里的高筋面粉能换成低筋面粉吗？", T, "ba-construction"),
  ("做蛋糕能用高筋面粉代替低筋面粉吗？", F, "direction"),
  ("做面包能用低筋面粉代替高筋面粉吗？", F, "entity"),
  ("做蛋糕能用玉米淀粉代替高筋面粉吗？", F, "entity"))
g("cooking", "米和水的比例是多少？",
  ("煮饭米跟水放多少比例合适？", T, "rephrase"),
  ("蒸米饭水和米的比例", T, "reorder"),
  ("熬粥的话米和水的比例是多少？", F, "qualifier"),
  ("米和水要泡多久？", F, "question-word"),
  ("面粉和水的比例是多少？", F, "entity"))
g("cooking", "剩菜放冰箱能放几天？",
  ("吃剩的菜在冰箱里可以保存多久？", T, "synonym"),
  ("冰箱里的剩菜能放几天", T, "reorder"),
  ("剩菜放冰箱冷冻能放几天？", F, "qualifier"),
  ("剩菜放冰箱前要放凉吗？", F, "question-word"),
  ("剩饭放冰箱能放几天？", F, "object"))

# ---------------------------------------------------------------- Chinese: government
g("government", "身份证过期了怎么换新证？",
  ("身份证到期了要怎样换新的？", T, "synonym"),
  ("身份证过期如何办理换证", T, "question-word-same"),
  ("身份证丢了怎么办理补领？", F, "object"),
  ("身份证过期了还能坐高铁吗？", F, "question-word"),
  ("护照过期了怎么换发？", F, "entity"))
g("government", "异地可以办理护照吗？",
  ("不在户籍所在地能不能办护照？", T, "rephrase"),
  ("在外地是否可以申请护照", T, "synonym"),
  ("异地可以办理身份证吗？", F, "object"),
  ("异地可以办理护照加急吗？", F, "qualifier"),
  ("异地办理护照需要多久？", F, "question-word"))
g("government", "个人所得税怎么退？",
  ("个税退税如何办理？", T, "nominalization"),
  ("怎样申请个人所得税退税", T, "question-word-same"),
  ("个税怎么退啊", T, "short-form"),
  ("个人所得税怎么补缴？", F, "antonym"),
  ("个人所得税退多少？", F, "question-word"),
  ("增值税怎么退？", F, "entity"))
g("government", "新生儿怎么上户口？",
  ("刚出生的宝宝如何落户？", T, "synonym"),
  ("宝宝出生后上户口怎么办理", T, "rephrase"),
  ("新生儿上户口需要什么材料？", F, "question-word"),
  ("新生儿怎么办医保？", F, "object"),
  ("户口怎么从老家迁到新家？", F, "shared-vocabulary"))
g("government", "公积金可以用来交房租吗？",
  ("住房公积金能不能提取出来付房租？", T, "synonym"),
  ("房租能用公积金来付吗", T, "reorder"),
  ("公积金可以用来还房贷吗？", F, "object"),
  ("公积金每个月可以提取多少来交房租？", F, "question-word"),
  ("房租可以用来抵扣个税吗？", F, "shared-vocabulary"))

# ---------------------------------------------------------------- English: more ordinary paraphrases and reworded near-misses
g("programming", "How do I reset my account password?",
  ("pw reset?", T, "short-form"),
  ("I forgot my password, how can I set a new one?", T, "context-added"),
  ("What's the procedure for resetting a password?", T, "nominalization"),
  ("Is there a way to get my password reset?", T, "question-word-same"),
  ("How do I reset someone else's password?", F, "possessive-relation"),
  ("How do I change my username?", F, "object"),
  ("Why do I have to reset my password every 90 days?", F, "question-word"))
g("shopping", "How do I go about cancelling my subscription?",
  ("Cancellation of my subscription - how is it done?", T, "nominalization"),
  ("What's the way to stop my subscription?", T, "synonym"),
  ("how do i cancel my subscrption", T, "typo-case"),
  ("Hi, I've been a subscriber for two years but I'd like to stop now. How do I cancel?", T, "context-added"),
  ("How do I go about pausing my subscription?", F, "action"),
  ("How do I cancel my subscription and get a refund for this month?", F, "qualifier"),
  ("Who cancelled my subscription?", F, "question-word"))
g("banking", "What's the routing number of my bank?",
  ("My bank's routing number is what?", T, "possessive"),
  ("Where can I find the routing number for my bank?", T, "question-word-same"),
  ("bank routing no.?", T, "short-form"),
  ("What's my account number?", F, "object"),
  ("What's the routing number of my employer's bank?", F, "possessive-relation"),
  ("What's the SWIFT code of my bank?", F, "object"))
g("school", "Who discovered penicillin?",
  ("Penicillin was discovered by whom?", T, "passive"),
  ("Who was the discoverer of penicillin?", T, "nominalization"),
  ("who found penicillin", T, "synonym"),
  ("When was penicillin discovered?", F, "question-word"),
  ("What did the discoverer of penicillin discover next?", F, "reworded-different"),
  ("Who discovered insulin?", F, "entity"))
g("school", "Which country did Napoleon invade in 1812?",
  ("In 1812, Napoleon invaded which country?", T, "reorder"),
  ("Which country was invaded by Napoleon in 1812?", T, "passive"),
  ("Which country invaded Napoleon's France in 1812?", F, "passive-role"),
  ("Which country did Napoleon invade in 1798?", F, "date"),
  ("Why did Napoleon invade Russia in 1812?", F, "question-word"))
g("customer-service", "I was charged twice for the same order. Can I get one charge refunded?",
  ("You billed me two times for one order - can you refund the extra charge?", T, "rephrase"),
  ("Double charged for one order, how do I get the duplicate payment back?", T, "short-form"),
  ("I was charged twice for the same order. Can I cancel the order instead?", F, "action"),
  ("I was charged once but received two orders. Do I need to pay for the second one?", F, "reworded-different"),
  ("Why did you take the money for this order twice?", F, "question-word"))
g("travel", "Can I get a refund if my flight is cancelled by the airline?",
  ("If the airline cancels my flight, am I entitled to my money back?", T, "passive"),
  ("Do I get refunded when the airline cancels my flight?", T, "rephrase"),
  ("airline cancelled my flight - refund?", T, "short-form"),
  ("Can I get a refund if I cancel my flight myself?", F, "direction"),
  ("Can I get a refund if my flight is delayed by the airline?", F, "action"),
  ("Can I get compensation on top of a refund if my flight is cancelled by the airline?", F, "qualifier"))
g("hr-enterprise", "Can my employer reduce my salary without telling me?",
  ("Is it legal for a company to cut my pay without notice?", T, "rephrase"),
  ("Can my salary be lowered by my employer without me being informed?", T, "passive"),
  ("Can my employer reduce my salary if I agree to it?", F, "qualifier"),
  ("Can I reduce my hours without telling my employer?", F, "direction"),
  ("Can my employer delay my salary without telling me?", F, "action"))
g("insurance", "Is my laptop covered by my renters insurance if it's stolen from my car?",
  ("If someone steals my laptop out of my car, will renters insurance pay for it?", T, "rephrase"),
  ("Does renters insurance cover theft of a laptop from a car?", T, "nominalization"),
  ("Is my car covered by my renters insurance if my laptop is stolen from it?", F, "reworded-different"),
  ("Is my laptop covered by my renters insurance if it's stolen from my apartment?", F, "entity"),
  ("Is my laptop covered by my renters insurance if I drop it?", F, "object"))
g("telecom", "My phone says 'No SIM card'. What should I do?",
  ("What do I do when my phone shows no SIM card?", T, "reorder"),
  ("Phone keeps saying no SIM - how do I fix it?", T, "short-form"),
  ("Getting a 'No SIM card' message on my phone, any idea how to fix it?", T, "rephrase"),
  ("My phone says 'SIM card locked'. What should I do?", F, "entity"),
  ("My phone says 'No service'. What should I do?", F, "entity"),
  ("How do I put a SIM card in my phone?", F, "shared-vocabulary"))
g("cooking", "What can I use instead of eggs when baking a cake?",
  ("What's a good egg substitute for cakes?", T, "nominalization"),
  ("Is there anything I can replace eggs with in a cake recipe?", T, "question-word-same"),
  ("I'm vegan, what do I use in place of eggs in a cake?", T, "context-added"),
  ("What can I use instead of butter when baking a cake?", F, "entity"),
  ("What can I use instead of eggs when making pancakes?", F, "object"),
  ("How many eggs do I need when baking a cake?", F, "question-word"))
g("government", "How long does it take to get a new passport?",
  ("What's the processing time for a new passport?", T, "nominalization"),
  ("How many weeks does a new passport take to arrive?", T, "rephrase"),
  ("new passport how long", T, "short-form"),
  ("How much does it cost to get a new passport?", F, "question-word"),
  ("How long does it take to get a new passport expedited?", F, "qualifier"),
  ("How long is a new passport valid for?", F, "shared-vocabulary"))
g("health", "Can I drink coffee while breastfeeding?",
  ("Is coffee OK to drink when you're nursing?", T, "synonym"),
  ("Is it safe for a breastfeeding mum to have coffee?", T, "rephrase"),
  ("Can I drink coffee while pregnant?", F, "entity"),
  ("How much coffee can I drink while breastfeeding?", F, "question-word"),
  ("Can I drink alcohol while breastfeeding?", F, "object"))
g("programming", "What does HTTP status 404 mean?",
  ("What is the meaning of a 404 error?", T, "rephrase"),
  ("http 404 meaning?", T, "short-form"),
  ("What does a 404 response code indicate?", T, "synonym"),
  ("What does HTTP status 403 mean?", F, "number"),
  ("How do I fix an HTTP 404 on my site?", F, "question-word"),
  ("What does HTTP status 404 mean for SEO?", F, "qualifier"))
g("banking", "Is Visa accepted at your stores?",
  ("Do your stores take Visa?", T, "passive"),
  ("Can I pay with a Visa card in your shops?", T, "rephrase"),
  ("Is Amex accepted at your stores?", F, "entity"),
  ("Is Visa accepted on your website?", F, "entity"),
  ("Does Visa accept your store cards?", F, "direction"))

# ---------------------------------------------------------------- Chinese: more ordinary paraphrases and reworded near-misses
g("programming", "忘记密码了怎么重置？",
  ("密码忘了，怎样重新设置？", T, "reorder"),
  ("如何重置忘记的密码", T, "question-word-same"),
  ("密码忘了咋办，怎么改回来", T, "short-form"),
  ("你好，我好久没登录了，密码想不起来，请问怎么重置？", T, "context-added"),
  ("忘记用户名了怎么找回？", F, "object"),
  ("记得旧密码，怎么改成新密码？", F, "qualifier"),
  ("怎么帮同事重置他的密码？", F, "possessive-relation"))
g("shopping", "能不能开发票？",
  ("可以开发票吗？", T, "synonym"),
  ("是否能提供发票", T, "synonym"),
  ("请问买这个能开票吗", T, "politeness"),
  ("能不能开增值税专用发票？", F, "qualifier"),
  ("发票能不能晚点开？", F, "question-word"),
  ("能不能不要发票便宜点？", F, "negation"))
g("banking", "微信转账转错人了怎么办？",
  ("微信钱转错给别人了，该怎么处理？", T, "synonym"),
  ("微信把钱转给了错误的人，怎么要回来", T, "ba-construction"),
  ("微信转钱转错对象了咋整", T, "short-form"),
  ("别人微信转错钱给我了怎么办？", F, "direction"),
  ("微信转账转错金额了怎么办？", F, "object"),
  ("支付宝转账转错人了怎么办？", F, "entity"))
g("health", "晚上睡不着怎么办？",
  ("夜里失眠该怎么解决？", T, "synonym"),
  ("晚上老是睡不着觉，有什么办法", T, "rephrase"),
  ("入睡困难怎么办", T, "nominalization"),
  ("早上起不来怎么办？", F, "antonym"),
  ("晚上睡不着可以吃安眠药吗？", F, "question-word"),
  ("孩子晚上睡不着怎么办？", F, "entity"))
g("school", "李白是哪个朝代的诗人？",
  ("李白是什么朝代的？", T, "particles"),
  ("诗人李白生活在哪个朝代", T, "rephrase"),
  ("李白属于哪个朝代的诗人", T, "synonym"),
  ("杜甫是哪个朝代的诗人？", F, "entity"),
  ("李白是哪一年出生的？", F, "question-word"),
  ("哪个朝代的诗人最多？", F, "shared-vocabulary"))
g("travel", "护照快过期了还能出国吗？",
  ("护照有效期不多了，还可以出境吗？", T, "synonym"),
  ("护照马上到期，是否还能出国", T, "rephrase"),
  ("护照已经过期了还能出国吗？", F, "date"),
  ("护照快过期了怎么续签？", F, "question-word"),
  ("签证快过期了还能出国吗？", F, "entity"))
g("telecom", "手机话费怎么充值？",
  ("怎样给手机充话费？", T, "ba-construction"),
  ("如何交手机费", T, "synonym"),
  ("话费充值怎么弄", T, "nominalization"),
  ("手机话费怎么退？", F, "action"),
  ("怎么给别人的手机充话费？", F, "possessive-relation"),
  ("手机话费为什么扣这么多？", F, "question-word"))
g("hr-enterprise", "公司可以不给我交社保吗？",
  ("单位不给员工交社保合法吗？", T, "rephrase"),
  ("公司能不能不帮我缴社保", T, "synonym"),
  ("公司不交社保是否违法", T, "rephrase"),
  ("我可以不让公司交社保吗？", F, "direction"),
  ("公司可以少给我交社保吗？", F, "quantifier"),
  ("公司不给我交社保怎么投诉？", F, "question-word"))
g("cooking", "米饭煮夹生了怎么补救？",
  ("饭没煮熟，有夹生，怎么办？", T, "rephrase"),
  ("夹生饭怎么处理才能吃", T, "reorder"),
  ("饭煮糊了有什么补救办法？", F, "antonym"),
  ("米饭煮太软了怎么补救？", F, "object"),
  ("米饭为什么会煮夹生？", F, "question-word"))
g("government", "结婚登记需要带什么材料？",
  ("去领结婚证要带哪些证件？", T, "synonym"),
  ("登记结婚需要准备什么材料", T, "reorder"),
  ("办结婚证都要带啥", T, "short-form"),
  ("离婚登记需要带什么材料？", F, "antonym"),
  ("结婚登记需要多少钱？", F, "question-word"),
  ("结婚登记可以在男方户籍地办吗？", F, "shared-vocabulary"))
g("insurance", "保单可以退保吗？",
  ("买的保险能不能退？", T, "synonym"),
  ("保险买了还能退吗", T, "rephrase"),
  ("保单是否可以中途退保", T, "synonym"),
  ("保单退保能退多少钱？", F, "question-word"),
  ("保单可以贷款吗？", F, "action"),
  ("保单可以转给别人吗？", F, "action"))
g("customer-service", "你们周末有人上班吗？",
  ("周末客服在不在线？", T, "synonym"),
  ("周六周日能联系到你们吗", T, "rephrase"),
  ("你们周末发货吗？", F, "action"),
  ("你们节假日有人上班吗？", F, "date"),
  ("你们周末几点下班？", F, "question-word"))
g("school", "老师被学生举报了会怎么样？",
  ("学生举报了老师，老师会受到什么处理？", T, "passive"),
  ("如果学生投诉老师，老师会有什么后果", T, "rephrase"),
  ("学生被老师举报了会怎么样？", F, "passive-role"),
  ("老师举报了学生会怎么样？", F, "direction"),
  ("老师被家长举报了会怎么样？", F, "entity"))
g("telecom", "How do I turn off roaming on my iPhone?",
  ("What's the way to disable data roaming on an iPhone?", T, "synonym"),
  ("iphone roaming off - where's the setting?", T, "short-form"),
  ("Going abroad tomorrow, how can I switch roaming off on my iPhone?", T, "context-added"),
  ("On my iPhone, how is roaming turned off?", T, "passive"),
  ("How do I turn on roaming on my iPhone?", F, "antonym"),
  ("How do I turn off roaming on my Samsung?", F, "entity"))
g("shopping", "Can I pick up my online order in store?",
  ("Is in-store pickup available for online orders?", T, "nominalization"),
  ("If I order online, can I collect it at the shop?", T, "rephrase"),
  ("Do you offer click and collect?", T, "synonym"),
  ("Can my online order be picked up at a store?", T, "passive"),
  ("Can I return my online order in store?", F, "action"),
  ("Can someone else pick up my online order in store?", F, "entity"))
g("school", "How do I calculate my GPA?",
  ("What's the way to work out my grade point average?", T, "synonym"),
  ("How is GPA calculated?", T, "passive"),
  ("gpa calculation, how?", T, "short-form"),
  ("Can someone explain how to figure out my GPA?", T, "politeness"),
  ("How do I raise my GPA?", F, "action"),
  ("How do I calculate my weighted GPA?", F, "qualifier"))

# ---------------------------------------------------------------- hard mirrors: heavy rewordings of a different question
g("hr-enterprise", "Who does Priya report to?",
  ("Priya reports to whom?", T, "reorder"),
  ("Who is Priya's line manager?", T, "possessive"),
  ("Who reports to Priya?", F, "passive-role"),
  ("Whose manager is Priya?", F, "reworded-different"),
  ("Who is Priya's manager's manager?", F, "possessive-relation"),
  ("Does anyone report to Priya?", F, "reworded-different"))
g("banking", "Did the bank approve all of my loan applications?",
  ("Were all my loan applications approved by the bank?", T, "passive"),
  ("Has the bank said yes to every one of my loan applications?", T, "rephrase"),
  ("Did the bank approve any of my loan applications?", F, "quantifier"),
  ("Did the bank reject all of my loan applications?", F, "antonym"),
  ("Was the bank approved for all of my loan applications?", F, "passive-role"),
  ("How many of my loan applications did the bank approve?", F, "question-word"))
g("school", "How many students failed the midterm in each class?",
  ("In each class, how many students didn't pass the midterm?", T, "reorder"),
  ("Per class, what's the number of students who failed the midterm?", T, "nominalization"),
  ("How many students failed the midterm in all classes combined?", F, "quantifier"),
  ("How many students passed the midterm in each class?", F, "antonym"),
  ("How many classes did each student fail?", F, "reworded-different"),
  ("What percentage of students failed the midterm in each class?", F, "unit"))
g("shopping", "Can I return an item bought with a coupon for the full price?",
  ("If I used a coupon, do I get the full price back when I return the item?", T, "rephrase"),
  ("Is a full-price refund given for items that were bought with a coupon?", T, "passive"),
  ("Can I use a coupon on an item I'm buying at full price?", F, "reworded-different"),
  ("Can I return an item bought at full price for a coupon?", F, "direction"),
  ("Can I return an item bought with a coupon for store credit?", F, "object"))
g("travel", "How much does a 3-day pass for the Paris metro cost?",
  ("What's the price of a three-day Paris metro pass?", T, "synonym"),
  ("Paris metro 3 day pass price?", T, "short-form"),
  ("How much does a 3-day pass for the London Underground cost?", F, "entity"),
  ("How much does a 5-day pass for the Paris metro cost?", F, "number"),
  ("How many days does the cheapest Paris metro pass last?", F, "reworded-different"),
  ("Where can I buy a 3-day pass for the Paris metro?", F, "question-word"))
g("hr-enterprise", "张三是谁招进来的？",
  ("张三是被谁招聘进公司的？", T, "passive"),
  ("当初是谁把张三招进来的", T, "ba-construction"),
  ("谁负责招的张三", T, "rephrase"),
  ("张三招进来的人是谁？", F, "passive-role"),
  ("张三是什么时候招进来的？", F, "question-word"),
  ("李四是谁招进来的？", F, "entity"))
g("banking", "我所有的信用卡都要年费吗？",
  ("我名下的每张信用卡都收年费吗？", T, "synonym"),
  ("是不是我全部的信用卡都要交年费", T, "rephrase"),
  ("我的信用卡里有要年费的吗？", F, "quantifier"),
  ("我所有的信用卡都免年费吗？", F, "antonym"),
  ("我的信用卡年费一共多少钱？", F, "question-word"),
  ("信用卡年费怎么才能免掉？", F, "reworded-different"))
g("school", "一个班有40个学生，男生比女生多6人，女生有多少人？",
  ("全班40人，男生比女生多六个，问女生几人？", T, "synonym"),
  ("班里40名学生，女生比男生少6人，女生有几个？", T, "reorder"),
  ("一个班有40个学生，女生比男生多6人，女生有多少人？", F, "direction"),
  ("一个班有40个学生，男生比女生多6人，男生有多少人？", F, "entity"),
  ("一个班有46个学生，男生比女生多6人，女生有多少人？", F, "number"),
  ("一个班有40个学生，男生是女生的6倍，女生有多少人？", F, "operator"))
g("health", "药要饭前吃还是饭后吃？",
  ("这个药是饭前服用还是饭后服用？", T, "synonym"),
  ("吃药应该在吃饭前还是吃饭后", T, "rephrase"),
  ("药要吃几天？", F, "question-word"),
  ("饭后多久可以吃药？", F, "reworded-different"),
  ("药要饭前吃还是睡前吃？", F, "object"))
g("customer-service", "退款是退回原支付账户吗？",
  ("钱会原路退回吗？", T, "rephrase"),
  ("退款会退到我付款用的那个账户吗", T, "rephrase"),
  ("退款能退到别的账户吗？", F, "reworded-different"),
  ("退款是退回余额吗？", F, "object"),
  ("退款多久退回原支付账户？", F, "question-word"))

# ---------------------------------------------------------------- output
CJK = re.compile(r"[\u4e00-\u9fff]")


def split_of(number: int) -> str:
    """dev or test from the neutral id g7-NNN only (even first SHA-256 byte: dev)."""
    neutral = f"g7-{number:03d}"
    return "dev" if hashlib.sha256(neutral.encode()).digest()[0] % 2 == 0 else "test"


def rows():
    for number, (domain, a, variants) in enumerate(GROUPS, 1):
        split = split_of(number)
        group = ("d7-" if split == "dev" else "t7-") + f"{number:03d}"
        lang = "zh" if CJK.search(a) else "en"
        assert 3 <= len(variants) <= 7, a
        for b, label, cls in variants:
            assert isinstance(label, bool) and b != a, (a, b)
            yield {"a": a, "b": b, "label": label, "lang": lang, "class": cls,
                   "domain": domain, "group": group, "split": split}


def main():
    out = {"dev": [], "test": []}
    for row in rows():
        out[row["split"]].append(row)
    for split, name in (("dev", "dev-extra-7.jsonl"), ("test", "test-extra-7.jsonl")):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for row in out[split]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(out[split]))


if __name__ == "__main__":
    main()
