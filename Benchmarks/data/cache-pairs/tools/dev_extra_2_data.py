#!/usr/bin/env python3
"""Literal data for dev-extra-2.jsonl (semantic-cache pairs, split=dev) and its writer.

Each group: (lang, domain, base_a, [pair, ...]); a pair is (b, label, class) using base_a as "a",
or (a, b, label, class) when the stored question differs from the base.
Run: python3 dev_extra_2_data.py  -> writes ../dev-extra-2.jsonl and prints counts.
"""
import collections
import json
import os
import re
import sys

F, T = False, True

GROUPS = [
# ---------------------------------------------------------------- English
("en", "insurance", "Does my son's car insurance policy cover me when I drive his car?", [
    ("Does my car insurance policy cover my son when he drives my car?", F, "possession"),
    ("Does my son's car insurance policy cover my wife when she drives his car?", F, "subject-change"),
    ("Am I covered by my son's car insurance policy when I drive his car?", T, "rephrase"),
]),
("en", "general", "How do I forward my manager's email to my personal Gmail account?", [
    ("How do I forward my email to my manager's personal Gmail account?", F, "possession"),
    ("How do I forward my manager's email to his personal Gmail account?", F, "possession"),
    ("how do i forward my managers email to my personal gmail account", T, "typo-case"),
]),
("en", "legal-hr", "Was the contractor paid by the client before the project was cancelled?", [
    ("Was the client paid by the contractor before the project was cancelled?", F, "passive-active"),
    ("Did the client pay the contractor before the project was cancelled?", T, "rephrase"),
    ("Did the contractor pay the client before the project was cancelled?", F, "passive-active"),
    ("Was the contractor paid by the client after the project was cancelled?", F, "condition"),
]),
("en", "pets", "Is it safe to give dog food to cats for a few days?", [
    ("Is it safe to give cat food to dogs for a few days?", F, "implicit-role"),
    ("Is it safe to give cats dog food for a few days?", T, "reorder"),
    ("Is it safe to give dog food to cats for a few months?", F, "unit-and-measure"),
]),
("en", "programming", "Is there a reliable Python to Java converter for small scripts?", [
    ("Is there a reliable Java to Python converter for small scripts?", F, "implicit-role"),
    ("For small scripts, is there a reliable Python to Java converter?", T, "reorder"),
    ("Is there a free Python to Java converter for small scripts?", F, "qualifier"),
]),
("en", "shopping", "Will this USB-C to HDMI adapter work with my MacBook Air and a 4K monitor?", [
    ("Will this HDMI to USB-C adapter work with my MacBook Air and a 4K monitor?", F, "implicit-role"),
    ("will this usb c to hdmi adapter work with my macbook air and a 4k monitor", T, "typo-case"),
    ("Will this USB-C to HDMI adapter work with my MacBook Air and two 4K monitors?", F, "number"),
]),
("en", "airlines", "Do all flights from Dublin to Boston have Wi-Fi on board?", [
    ("Do any flights from Dublin to Boston have Wi-Fi on board?", F, "quantifier-scope"),
    ("Do all flights from Boston to Dublin have Wi-Fi on board?", F, "direction"),
    ("Is there Wi-Fi on board all flights from Dublin to Boston?", T, "rephrase"),
    ("Do all flights from Dublin to Boston have free Wi-Fi on board?", F, "qualifier"),
]),
("en", "shopping", "Has my refund for order 48213 been processed yet?", [
    ("Will my refund for order 48213 be processed?", F, "tense-aspect"),
    ("Has the refund for my order 48213 been processed yet?", T, "rephrase"),
    ("Why hasn't my refund for order 48213 been processed yet?", F, "question-word"),
    ("Has my refund for order 48231 been processed yet?", F, "number"),
]),
("en", "legal-hr", "Do I get paid for my unused vacation days if I resign?", [
    ("Do I get paid for my unused vacation days if I am fired?", F, "condition"),
    ("If I resign, do I get paid for my unused vacation days?", T, "reorder"),
    ("Do I get paid for my unused sick days if I resign?", F, "entity"),
]),
("en", "taxes", "What is the penalty if I file my tax return before the deadline but pay after it?", [
    ("What is the penalty if I file my tax return after the deadline but pay before it?", F, "condition"),
    ("What's the penalty if I file my return on time but pay the tax late?", T, "rephrase"),
]),
("en", "sports", "How long does it take to walk 5 km at a normal pace?", [
    ("How long does it take to walk 5 miles at a normal pace?", F, "unit-and-measure"),
    ("How long does it take to walk 5 km at a brisk pace?", F, "qualifier"),
    ("How long does it take to walk 50 km at a normal pace?", F, "number"),
]),
("en", "telecom", "Is 20 GB of data per month enough for streaming music every day?", [
    ("Is 20 GB of data per week enough for streaming music every day?", F, "unit-and-measure"),
    ("Is 20 MB of data per month enough for streaming music every day?", F, "unit-and-measure"),
    ("Is 20 GB of monthly data enough for streaming music every day?", T, "synonym"),
]),
("en", "shopping", "What is the cheapest laptop with 16 GB of RAM in your store?", [
    ("What is a cheap laptop with 16 GB of RAM in your store?", F, "degree"),
    ("What is the most expensive laptop with 16 GB of RAM in your store?", F, "degree"),
    ("What is the cheapest laptop with at least 16 GB of RAM in your store?", F, "quantifier-scope"),
]),
("en", "health", "What is the most common side effect of metformin?", [
    ("What is the least common side effect of metformin?", F, "degree"),
    ("What are the common side effects of metformin?", F, "degree"),
    ("Which side effect of metformin is the most common?", T, "reorder"),
    ("What is the most serious side effect of metformin?", F, "degree"),
]),
("en", "real-estate", "Can a tenant break the lease early if the apartment has mold?", [
    ("Can a landlord break the lease early if the apartment has mold?", F, "subject-change"),
    ("If the apartment has mold, can a tenant break the lease early?", T, "reorder"),
    ("Can a subtenant break the lease early if the apartment has mold?", F, "subject-change"),
]),
("en", "pharmacy", "Can I take ibuprofen together with paracetamol for a toothache?", [
    ("Can I take paracetamol together with ibuprofen for a toothache?", T, "reorder"),
    ("Can I take ibuprofen instead of paracetamol for a toothache?", F, "operator"),
    ("Can my 6-year-old take ibuprofen together with paracetamol for a toothache?", F, "subject-change"),
]),
("en", "telecom", "Which of your plans don't include international roaming?", [
    ("Which of your plans include international roaming?", F, "negation-scope"),
    ("Which of your plans come without international roaming?", T, "rephrase"),
    ("Which of your plans don't include free international roaming?", F, "qualifier"),
]),
("en", "airlines", "Do I have to show my passport when flying domestically within the US?", [
    ("Can I show my passport when flying domestically within the US?", F, "modality"),
    ("Is showing my passport required when flying domestically within the US?", T, "rephrase"),
    ("Should I show my passport when flying domestically within the US?", F, "modality"),
]),
("en", "math", "What is the derivative of x^2 * sin(x)?", [
    ("What is the derivative of x^2 + sin(x)?", F, "operator"),
    ("What is the derivative of sin(x) * x^2?", T, "reorder"),
    ("What is the derivative of x^2 * sin(2x)?", F, "number"),
    ("What is the integral of x^2 * sin(x)?", F, "operator"),
]),
("en", "cooking", "Convert 350 degrees Fahrenheit to Celsius for my oven.", [
    ("Convert 350 degrees Celsius to Fahrenheit for my oven.", F, "direction"),
    ("What is 350 degrees Fahrenheit in Celsius for my oven?", T, "rephrase"),
    ("Convert 180 degrees Fahrenheit to Celsius for my oven.", F, "number"),
]),
("en", "devops", "How do I copy a file from my local machine to a Docker container?", [
    ("How do I copy a file from a Docker container to my local machine?", F, "direction"),
    ("How can I copy a file into a Docker container from my local machine?", T, "reorder"),
]),
("en", "devops", "In Git, how do I merge the feature branch into main?", [
    ("In Git, how do I merge main into the feature branch?", F, "direction"),
    ("In Git, how do I rebase the feature branch onto main?", F, "action"),
    ("How do I merge the feature branch into main in Git?", T, "reorder"),
]),
("en", "data-science", "How do I convert a pandas DataFrame to a NumPy array?", [
    ("How do I convert a NumPy array to a pandas DataFrame?", F, "direction"),
    ("What's the way to turn a pandas DataFrame into a NumPy array?", T, "synonym"),
    ("How do I convert a pandas DataFrame to a NumPy array without copying the data?", F, "condition"),
]),
("en", "customer-service", "Is Spanish to English translation included in the free plan?", [
    ("Is English to Spanish translation included in the free plan?", F, "implicit-role"),
    ("Does the free plan include Spanish to English translation?", T, "rephrase"),
]),
("en", "school", "Can I see my daughter's grades in the parent portal?", [
    ("Can my daughter see my grades in the parent portal?", F, "possession"),
    ("Can my daughter see her grades in the parent portal?", F, "subject-change"),
    ("Can I see the grades of my daughter in the parent portal?", T, "rephrase"),
]),
("en", "university", "Do I need my advisor's approval to change my thesis topic?", [
    ("Does my advisor need my approval to change my thesis topic?", F, "possession"),
    ("Do I need my advisor's approval to change my advisor?", F, "entity"),
    ("Do I need approval from my advisor to change my thesis topic?", T, "rephrase"),
]),
("en", "banking", "If a check is returned by my bank, will I be charged a fee?", [
    ("If my bank returns a check, will I be charged a fee?", T, "rephrase"),
    ("If a check is returned by my bank, will the sender be charged a fee?", F, "subject-change"),
    ("If a check is returned to my bank, will I be charged a fee?", F, "direction"),
]),
("en", "real-estate", "Can the buyer be sued by the seller for backing out of a house sale?", [
    ("Can the seller be sued by the buyer for backing out of a house sale?", F, "passive-active"),
    ("Can the seller sue the buyer for backing out of a house sale?", T, "rephrase"),
    ("Can the buyer sue the seller for backing out of a house sale?", F, "passive-active"),
    ("Can the buyer be sued by the real estate agent for backing out of a house sale?", F, "subject-change"),
]),
("en", "insurance", "Is the insurance company notified by the hospital when I'm admitted?", [
    ("Is the hospital notified by the insurance company when I'm admitted?", F, "passive-active"),
    ("Does the hospital notify the insurance company when I'm admitted?", T, "rephrase"),
    ("Does the insurance company notify the hospital when I'm admitted?", F, "passive-active"),
]),
("en", "government", "Do I need to pass both the written and the practical exam to get the license?", [
    ("Do I need to pass either the written or the practical exam to get the license?", F, "quantifier-scope"),
    ("Do I need to pass only the written exam to get the license?", F, "quantifier-scope"),
    ("Do I need to pass both the practical and the written exam to get the license?", T, "reorder"),
]),
("en", "shopping", "Are all the items in my cart eligible for free shipping?", [
    ("Are any of the items in my cart eligible for free shipping?", F, "quantifier-scope"),
    ("Is each item in my cart eligible for free shipping?", T, "synonym"),
]),
("en", "health", "What's the clinic's policy if I'm more than 15 minutes late for my appointment?", [
    ("What's the clinic's policy if I'm less than 15 minutes late for my appointment?", F, "quantifier-scope"),
    ("What does the clinic do if I arrive over 15 minutes late for my appointment?", T, "rephrase"),
    ("What's the clinic's policy if I'm more than 50 minutes late for my appointment?", F, "number"),
]),
("en", "programming", "In Python, how do I check if all elements of a list are None?", [
    ("In Python, how do I check if any element of a list is None?", F, "quantifier-scope"),
    ("In Python, how do I check if no element of a list is None?", F, "quantifier-scope"),
    ("How do I check in Python whether every element in a list is None?", T, "rephrase"),
    ("In Python, how do I check if all elements of a list are not None?", F, "negation-scope"),
]),
("en", "shopping", "Has the package been shipped to <PERSON_1> yet?", [
    ("Will the package be shipped to <PERSON_1> today?", F, "tense-aspect"),
    ("Has the package already been shipped to <PERSON_1>?", T, "synonym"),
    ("Has the package been shipped by <PERSON_1> yet?", F, "direction"),
]),
("en", "telecom", "When did my phone plan renew this month?", [
    ("When will my phone plan renew this month?", F, "tense-aspect"),
    ("On what date did my phone plan renew this month?", T, "synonym"),
    ("When did my phone plan renew last month?", F, "tense-aspect"),
]),
("en", "travel", "Is the bridge on Route 9 still closed for repairs?", [
    ("Was the bridge on Route 9 closed for repairs?", F, "tense-aspect"),
    ("Will the bridge on Route 9 be closed for repairs?", F, "tense-aspect"),
    ("Is the bridge on Route 9 still closed for repairs on weekends?", F, "qualifier"),
]),
("en", "hotels", "Will I get a refund if I cancel the hotel booking 48 hours before check-in?", [
    ("Will I get a refund if I cancel the hotel booking 48 hours after check-in?", F, "condition"),
    ("Will I get a refund if I cancel the hotel booking 24 hours before check-in?", F, "number"),
    ("Will I get a full refund if I cancel the hotel booking 48 hours before check-in?", F, "qualifier"),
]),
("en", "shopping", "Can I return opened headphones within 30 days?", [
    ("Can I return headphones within 30 days?", F, "qualifier"),
    ("Can I return opened headphones after 30 days?", F, "condition"),
    ("Within 30 days, can I return opened headphones?", T, "reorder"),
]),
("en", "immigration", "Do I need a visa to visit Japan for 2 weeks if I have a US passport?", [
    ("Do I need a visa to work in Japan for 2 weeks if I have a US passport?", F, "action"),
    ("If I have a US passport, do I need a visa to visit Japan for 2 weeks?", T, "reorder"),
    ("Do I need a visa to visit Japan for 20 weeks if I have a US passport?", F, "number"),
]),
("en", "immigration", "Can my spouse work in the US while I'm on an H-1B visa?", [
    ("Can my spouse study in the US while I'm on an H-1B visa?", F, "action"),
    ("While I'm on an H-1B visa, can my spouse work in the US?", T, "reorder"),
    ("Can my parents work in the US while I'm on an H-1B visa?", F, "subject-change"),
]),
("en", "gaming", "In chess, can the queen be captured by the king?", [
    ("In chess, can the king be captured by the queen?", F, "passive-active"),
    ("In chess, can the king capture the queen?", T, "rephrase"),
    ("In chess, can the queen capture the king?", F, "passive-active"),
    ("In chess, can the queen be captured by the king if she is protected?", F, "condition"),
]),
("en", "sports", "In soccer, is a goal allowed if the ball goes in directly from a throw-in?", [
    ("In soccer, is a goal allowed if the ball goes in from a throw-in after touching a defender?", F, "condition"),
    ("In soccer, can you score directly from a throw-in?", T, "rephrase"),
]),
("en", "gardening", "Is it better to water tomato plants in the morning than in the evening?", [
    ("Is it better to water tomato plants in the evening than in the morning?", F, "direction"),
    ("Is watering tomato plants in the morning better than in the evening?", T, "rephrase"),
]),
("en", "cooking", "How many grams is 1 cup of flour?", [
    ("How many ounces is 1 cup of flour?", F, "unit-and-measure"),
    ("How many grams are in one cup of flour?", T, "rephrase"),
    ("How many grams is 1 tablespoon of flour?", F, "unit-and-measure"),
]),
("en", "banking", "My savings account pays 4% interest per year. How much will I earn on $10,000 after 6 months?", [
    ("My savings account pays 4% interest per month. How much will I earn on $10,000 after 6 months?", F, "unit-and-measure"),
    ("My savings account pays 4% interest per year. How much will I earn on $10,000 after 6 years?", F, "unit-and-measure"),
    ("My savings account pays 4% annual interest. How much will I earn on $10,000 after 6 months?", T, "synonym"),
]),
("en", "pharmacy", "Is 1,000 IU of vitamin D a day too much for a 5-year-old?", [
    ("Is 1,000 mcg of vitamin D a day too much for a 5-year-old?", F, "unit-and-measure"),
    ("Is 1,000 IU of vitamin D a week too much for a 5-year-old?", F, "unit-and-measure"),
    ("Is 1,000 IU of vitamin D a day too much for a 5-month-old?", F, "unit-and-measure"),
]),
("en", "automotive", "Which SUV under $40,000 has the best fuel economy?", [
    ("Which SUV under $40,000 has good fuel economy?", F, "degree"),
    ("Which SUV under $40,000 has the worst fuel economy?", F, "degree"),
    ("Which SUV over $40,000 has the best fuel economy?", F, "direction"),
]),
("en", "health", "Is it normal to feel a little dizzy after donating blood?", [
    ("Is it normal to feel very dizzy for hours after donating blood?", F, "degree"),
    ("Is it normal to feel a little dizzy before donating blood?", F, "condition"),
    ("Is it normal to feel slightly dizzy after donating blood?", T, "synonym"),
]),
("en", "legal-hr", "How much paid leave can a father take in the UK after the baby is born?", [
    ("How much paid leave can a mother take in the UK after the baby is born?", F, "subject-change"),
    ("How much unpaid leave can a father take in the UK after the baby is born?", F, "qualifier"),
    ("In the UK, how much paid leave is a father entitled to after the baby is born?", T, "rephrase"),
]),
("en", "taxes", "Can my parents claim me as a dependent if I'm a full-time student earning $8,000?", [
    ("Can I claim my parents as dependents if I'm a full-time student earning $8,000?", F, "subject-change"),
    ("Can my parents claim me as a dependent if I'm a part-time student earning $8,000?", F, "qualifier"),
    ("Can my parents claim me as a dependent if I'm a full-time student earning $80,000?", F, "number"),
    ("Can I be claimed as a dependent by my parents if I'm a full-time student earning $8,000?", T, "rephrase"),
]),
("en", "pharmacy", "Which foods should I not eat while taking warfarin?", [
    ("Which foods should I eat while taking warfarin?", F, "negation-scope"),
    ("What foods should I avoid while taking warfarin?", T, "synonym"),
    ("Which foods should I not eat after stopping warfarin?", F, "condition"),
]),
("en", "banking", "Do all credit cards charge a foreign transaction fee?", [
    ("Do some credit cards charge a foreign transaction fee?", F, "quantifier-scope"),
    ("Does every credit card charge a foreign transaction fee?", T, "synonym"),
]),
("en", "insurance", "Can I use my HSA to pay for my spouse's dental work?", [
    ("Should I use my HSA to pay for my spouse's dental work?", F, "modality"),
    ("Can I use my spouse's HSA to pay for my dental work?", F, "possession"),
    ("Can my HSA be used to pay for my spouse's dental work?", T, "rephrase"),
    ("Can I use my HSA to pay for my spouse's cosmetic dental work?", F, "qualifier"),
]),
("en", "airlines", "What's the checked bag fee from Chicago to Denver if my bag weighs 55 pounds?", [
    ("What's the checked bag fee from Chicago to Denver if my bag weighs 45 pounds?", F, "number"),
    ("What's the checked bag fee from Chicago to Denver if my bag weighs 55 kilograms?", F, "unit-and-measure"),
    ("If my bag weighs 55 pounds, what's the checked bag fee from Chicago to Denver?", T, "reorder"),
]),
("en", "pharmacy", "When does the pharmacy on Main Street close on Sundays?", [
    ("Why does the pharmacy on Main Street close on Sundays?", F, "question-word"),
    ("Does the pharmacy on Main Street close on Sundays?", F, "question-word"),
    ("When does the pharmacy on Main Street open on Sundays?", F, "action"),
]),
("en", "taxes", "What's the difference between a Roth IRA and a traditional IRA?", [
    ("What's the difference between a Roth IRA and a Roth 401(k)?", F, "entity"),
    ("What's the difference between a traditional IRA and a Roth IRA?", T, "reorder"),
    ("What's the difference between a Roth IRA and a traditional IRA for someone over 60?", F, "condition"),
]),
("en", "cooking", "How many calories are in a cup of chocolate milk?", [
    ("How many calories are in a cup of milk chocolate?", F, "implicit-role"),
    ("How many calories does one cup of chocolate milk have?", T, "rephrase"),
    ("How many calories are in a cup of chocolate almond milk?", F, "qualifier"),
]),
("en", "travel", "Do I need a UK to US plug adapter or a voltage converter for my hair dryer?", [
    ("Do I need a US to UK plug adapter or a voltage converter for my hair dryer?", F, "implicit-role"),
    ("Do I need a UK to US plug adapter or a voltage converter for my phone charger?", F, "entity"),
    ("Do I need a voltage converter or a UK to US plug adapter for my hair dryer?", T, "reorder"),
]),
("en", "telecom", "What's the easiest iPhone to Android transfer app for photos and contacts?", [
    ("What's the easiest Android to iPhone transfer app for photos and contacts?", F, "implicit-role"),
    ("What's the easiest app for transferring photos and contacts from iPhone to Android?", T, "rephrase"),
    ("What's the easiest iPhone to Android transfer app for WhatsApp chats?", F, "entity"),
]),
("en", "parenting", "Is it safe to give toddler formula to my baby?", [
    ("Is it safe to give baby formula to my toddler?", F, "implicit-role"),
    ("Is it safe to give my baby toddler formula?", T, "reorder"),
    ("Is it necessary to give toddler formula to my baby?", F, "modality"),
]),
("en", "banking", "Can I deposit my husband's paycheck into my account?", [
    ("Can I deposit my paycheck into my husband's account?", F, "possession"),
    ("Can my husband deposit my paycheck into his account?", F, "possession"),
    ("can i deposit my husbands paycheck into my account", T, "typo-case"),
]),
("en", "insurance", "My neighbor's tree fell on my car during the storm. Whose insurance pays?", [
    ("My tree fell on my neighbor's car during the storm. Whose insurance pays?", F, "possession"),
    ("My neighbor's tree fell on my car during the storm. Which insurance covers it?", T, "synonym"),
]),
("en", "legal-hr", "My landlord's dog bit me in the hallway. Can I sue?", [
    ("My dog bit my landlord in the hallway. Can I be sued?", F, "possession"),
    ("My landlord's dog bit my son in the hallway. Can I sue?", F, "subject-change"),
    ("I was bitten by my landlord's dog in the hallway. Can I sue?", T, "rephrase"),
]),
("en", "telecom", "How do I add my wife to my phone plan?", [
    ("How do I add myself to my wife's phone plan?", F, "possession"),
    ("How do I remove my wife from my phone plan?", F, "direction"),
    ("How can I add my wife to my mobile plan?", T, "synonym"),
]),
("en", "general", "If I'm blocked by <EMAIL_1> in Gmail, will my messages still be delivered?", [
    ("If <EMAIL_1> is blocked by me in Gmail, will my messages still be delivered?", F, "passive-active"),
    ("If <EMAIL_1> blocks me in Gmail, will my messages still be delivered?", T, "rephrase"),
    ("If I block <EMAIL_1> in Gmail, will my messages still be delivered?", F, "passive-active"),
    ("If I'm blocked by <EMAIL_1> in Gmail, will their messages still be delivered?", F, "possession"),
]),
("en", "programming", "In PostgreSQL, can I delete a row that is referenced by a foreign key in another table?", [
    ("In PostgreSQL, can I delete a row that references another table through a foreign key?", F, "passive-active"),
    ("In PostgreSQL, can a row that is referenced by a foreign key in another table be deleted?", T, "rephrase"),
    ("In PostgreSQL, can I update a row that is referenced by a foreign key in another table?", F, "action"),
]),
("en", "programming", "In Java, can an interface be extended by a class?", [
    ("In Java, can a class be extended by an interface?", F, "passive-active"),
    ("In Java, can a class extend an interface?", T, "rephrase"),
    ("In Java, can an interface extend a class?", F, "passive-active"),
    ("In Java, can an interface be implemented by a class?", F, "action"),
]),
("en", "sports", "Is it a penalty when the goalkeeper is fouled by an attacker inside the box?", [
    ("Is it a penalty when an attacker is fouled by the goalkeeper inside the box?", F, "passive-active"),
    ("Is it a penalty when an attacker fouls the goalkeeper inside the box?", T, "rephrase"),
    ("Is it a penalty when the goalkeeper fouls an attacker inside the box?", F, "passive-active"),
]),
("en", "automotive", "If my parked car was hit by an uninsured driver, does my insurance pay for repairs?", [
    ("If my car hit an uninsured driver's parked car, does my insurance pay for repairs?", F, "passive-active"),
    ("If an uninsured driver hit my parked car, does my insurance pay for repairs?", T, "rephrase"),
    ("If my parked car was hit by an insured driver, does my insurance pay for repairs?", F, "negation-scope"),
]),
("en", "airlines", "Does each passenger get one free checked bag on this fare?", [
    ("Do all passengers together get one free checked bag on this fare?", F, "quantifier-scope"),
    ("Does each passenger get two free checked bags on this fare?", F, "number"),
    ("Is one free checked bag included per passenger on this fare?", T, "rephrase"),
]),
("en", "math", "How many ways can I choose exactly 3 cards from a deck of 52?", [
    ("How many ways can I choose at least 3 cards from a deck of 52?", F, "quantifier-scope"),
    ("How many ways can I choose at most 3 cards from a deck of 52?", F, "quantifier-scope"),
    ("How many ways can I choose exactly 3 cards from a deck of 52 if order matters?", F, "condition"),
    ("What is 52 choose 3?", T, "rephrase"),
]),
("en", "airlines", "Is only the first checked bag free on international flights?", [
    ("Is the first checked bag free only on international flights?", F, "quantifier-scope"),
    ("On international flights, is only the first checked bag free?", T, "reorder"),
]),
("en", "legal-hr", "Can only employees with 5 years of service get the loyalty bonus?", [
    ("Can employees with only 5 years of service get the loyalty bonus?", F, "quantifier-scope"),
    ("Is the loyalty bonus limited to employees with 5 years of service?", T, "rephrase"),
    ("Can only employees with 10 years of service get the loyalty bonus?", F, "number"),
]),
("en", "legal-hr", "Do companies with more than 50 employees have to offer health insurance?", [
    ("Do companies with fewer than 50 employees have to offer health insurance?", F, "quantifier-scope"),
    ("Are companies with over 50 employees required to offer health insurance?", T, "rephrase"),
    ("Do companies with more than 50 part-time employees have to offer health insurance?", F, "qualifier"),
]),
("en", "government", "What was the minimum wage in California last year?", [
    ("What is the minimum wage in California this year?", F, "tense-aspect"),
    ("What will the minimum wage in California be next year?", F, "tense-aspect"),
    ("Last year, what was California's minimum wage?", T, "reorder"),
]),
("en", "pharmacy", "I have been taking amoxicillin for 5 days. Can I drink alcohol now?", [
    ("I finished taking amoxicillin 5 days ago. Can I drink alcohol now?", F, "tense-aspect"),
    ("I have been taking metronidazole for 5 days. Can I drink alcohol now?", F, "entity"),
    ("I've been on amoxicillin for 5 days. Is it OK to drink alcohol now?", T, "rephrase"),
]),
("en", "real-estate", "The tenant has already moved out. Can the landlord keep the security deposit for unpaid rent?", [
    ("The tenant hasn't moved out yet. Can the landlord keep the security deposit for unpaid rent?", F, "tense-aspect"),
    ("Now that the tenant has already moved out, can the landlord keep the security deposit for unpaid rent?", T, "reorder"),
]),
("en", "government", "I already submitted my passport renewal form with a typo in my name. How do I fix it?", [
    ("I haven't submitted my passport renewal form yet, but it has a typo in my name. How do I fix it?", F, "tense-aspect"),
    ("I already submitted my passport renewal form with a typo in my address. How do I fix it?", F, "entity"),
    ("How do I fix a typo in my name on the passport renewal form I already submitted?", T, "rephrase"),
]),
("en", "university", "Will my GPA be affected if I withdraw from the course before the deadline?", [
    ("Will my GPA be affected if I withdraw from the course after the deadline?", F, "condition"),
    ("Does withdrawing from the course before the deadline affect my GPA?", T, "rephrase"),
]),
("en", "legal-hr", "Can I collect unemployment benefits if I quit my job?", [
    ("Can I collect unemployment benefits if I'm laid off from my job?", F, "condition"),
    ("Can I collect unemployment benefits if I quit my second job?", F, "qualifier"),
    ("Can I collect unemployment benefits if I quit my job for medical reasons?", F, "condition"),
]),
("en", "real-estate", "Is $2,000 a month a reasonable rent for a 900 square foot apartment in Austin?", [
    ("Is $2,000 a week a reasonable rent for a 900 square foot apartment in Austin?", F, "unit-and-measure"),
    ("Is $2,000 a month a reasonable rent for a 900 square meter apartment in Austin?", F, "unit-and-measure"),
    ("Is $2,000 per month reasonable rent for a 900 sq ft apartment in Austin?", T, "synonym"),
]),
("en", "travel", "Is 100 euros a day enough for food and transport in Lisbon?", [
    ("Is 100 euros a week enough for food and transport in Lisbon?", F, "unit-and-measure"),
    ("Is 100 euros a day enough for transport and food in Lisbon?", T, "reorder"),
]),
("en", "physics", "How much energy does it take to heat 2 liters of water from 20 to 100 degrees Celsius?", [
    ("How much energy does it take to heat 2 gallons of water from 20 to 100 degrees Celsius?", F, "unit-and-measure"),
    ("How much energy does it take to heat 2 liters of water from 20 to 100 degrees Fahrenheit?", F, "unit-and-measure"),
    ("How much energy is needed to heat 2 liters of water from 20 °C to 100 °C?", T, "rephrase"),
]),
("en", "physics", "A car accelerates from 0 to 100 km/h in 8 seconds. What is its average acceleration?", [
    ("A car accelerates from 0 to 100 mph in 8 seconds. What is its average acceleration?", F, "unit-and-measure"),
    ("A car slows from 100 to 0 km/h in 8 seconds. What is its average acceleration?", F, "direction"),
    ("A car accelerates from 0 to 100 km/h in 8 seconds. What distance does it cover?", F, "question-word"),
]),
("en", "hotels", "Which of your hotels in Rome is closest to the Colosseum?", [
    ("Which of your hotels in Rome is close to the Colosseum?", F, "degree"),
    ("Which of your hotels in Rome is farthest from the Colosseum?", F, "degree"),
    ("Which of your Rome hotels is nearest to the Colosseum?", T, "synonym"),
]),
("en", "pets", "Is it normal for my cat to sleep more than usual in winter?", [
    ("Is it normal for my cat to sleep less than usual in winter?", F, "degree"),
    ("In winter, is it normal for my cat to sleep more than usual?", T, "reorder"),
]),
("en", "programming", "What is the fastest way to reverse a list in Python?", [
    ("What is a way to reverse a list in Python?", F, "degree"),
    ("What is the most readable way to reverse a list in Python?", F, "degree"),
    ("What's the quickest way to reverse a list in Python?", T, "synonym"),
]),
("en", "shopping", "On eBay, can the seller cancel an order after payment?", [
    ("On eBay, can the buyer cancel an order after payment?", F, "subject-change"),
    ("On eBay, can the seller cancel an order before payment?", F, "condition"),
    ("Can the seller cancel an order after payment on eBay?", T, "reorder"),
]),
("en", "school", "Can a teacher see a student's search history on a school Chromebook?", [
    ("Can a parent see a student's search history on a school Chromebook?", F, "subject-change"),
    ("Can a student see a teacher's search history on a school Chromebook?", F, "possession"),
    ("Can a teacher see a student's search history on a personal Chromebook?", F, "qualifier"),
]),
("en", "health", "Can a pregnant woman get the RSV vaccine?", [
    ("Can a breastfeeding woman get the RSV vaccine?", F, "subject-change"),
    ("Can a pregnant woman get the MMR vaccine?", F, "entity"),
    ("Can a pregnant woman's husband get the RSV vaccine?", F, "subject-change"),
]),
("en", "legal-hr", "Does the employer have to pay for the employee's uniform in California?", [
    ("Does the employee have to pay for their own uniform in California?", F, "subject-change"),
    ("Is an employer in California required to pay for employees' uniforms?", T, "rephrase"),
]),
("en", "parenting", "Which vaccines are not required for kindergarten in New York?", [
    ("Which vaccines are required for kindergarten in New York?", F, "negation-scope"),
    ("Which vaccines aren't required for kindergarten in New York?", T, "synonym"),
]),
("en", "airlines", "Can I use my reward points to pay for seat upgrades?", [
    ("Can't I use my reward points to pay for seat upgrades?", T, "rephrase"),
    ("Why can't I use my reward points to pay for seat upgrades?", F, "question-word"),
    ("Can I use my reward points to pay for part of a seat upgrade?", F, "qualifier"),
]),
("en", "general", "Why are not all of my photos backing up to iCloud?", [
    ("Why are none of my photos backing up to iCloud?", F, "negation-scope"),
    ("Why are only some of my photos backing up to iCloud?", T, "rephrase"),
]),
("en", "pharmacy", "Which allergy medicines don't need a prescription in Canada?", [
    ("Which allergy medicines need a prescription in Canada?", F, "negation-scope"),
    ("Which allergy medicines can I buy without a prescription in Canada?", T, "rephrase"),
]),
("en", "immigration", "Can I leave the country while my green card application is pending?", [
    ("Must I leave the country while my green card application is pending?", F, "modality"),
    ("Can I leave the country after my green card application is approved?", F, "condition"),
    ("Can I work while my green card application is pending?", F, "action"),
]),
("en", "hotels", "Do I have to tip the hotel housekeeping staff in the US?", [
    ("Should I tip the hotel housekeeping staff in the US?", F, "modality"),
    ("How much should I tip the hotel housekeeping staff in the US?", F, "question-word"),
    ("Is it mandatory to tip the hotel housekeeping staff in the US?", T, "synonym"),
]),
("en", "math", "What is the probability of rolling a 6 or an even number on one die?", [
    ("What is the probability of rolling a 6 and an even number on one die?", F, "operator"),
    ("What is the probability of rolling an even number or a 6 on one die?", T, "reorder"),
    ("What is the probability of rolling a 6 or an odd number on one die?", F, "entity"),
    ("What is the probability of rolling a 6 or an even number on two dice?", F, "number"),
]),
("en", "shopping", "Can I combine a coupon with a sale price on the same item?", [
    ("Can I combine a sale price with a coupon on the same item?", T, "reorder"),
    ("Can I use a coupon instead of a sale price on the same item?", F, "operator"),
    ("Can I combine a coupon with a sale price on different items?", F, "qualifier"),
]),
("en", "devops", "How do I list files modified in the last 7 days and larger than 100 MB on Linux?", [
    ("How do I list files modified in the last 7 days or larger than 100 MB on Linux?", F, "operator"),
    ("How do I list files modified in the last 7 days and larger than 100 KB on Linux?", F, "unit-and-measure"),
    ("How do I list files modified in the last 7 days and smaller than 100 MB on Linux?", F, "operator"),
]),
("en", "data-science", "In Excel, how do I count cells that are greater than 50 and less than 100?", [
    ("In Excel, how do I count cells that are greater than 50 or less than 100?", F, "operator"),
    ("In Excel, how do I sum cells that are greater than 50 and less than 100?", F, "operator"),
    ("In Excel, how do I count cells with values strictly between 50 and 100?", T, "rephrase"),
]),
("en", "banking", "What fee does my bank charge for a wire transfer from my account to a UK account?", [
    ("What fee does my bank charge for a wire transfer from a UK account to my account?", F, "direction"),
    ("What does my bank charge to wire money from my account to a UK account?", T, "synonym"),
]),
("en", "programming", "Why does `[] == ![]` evaluate to true in JavaScript?", [
    ("Why does `[] == []` evaluate to false in JavaScript?", F, "operator"),
    ("Why does `[] === ![]` evaluate to false in JavaScript?", F, "operator"),
    ("Hey, quick question: why does `[] == ![]` evaluate to true in JavaScript? Thanks!", T, "politeness"),
]),
("en", "devops", "What does `git reset --soft HEAD~1` do?", [
    ("What does `git reset --hard HEAD~1` do?", F, "qualifier"),
    ("What does `git reset --soft HEAD~3` do?", F, "number"),
    ("Could you explain what `git reset --soft HEAD~1` does?", T, "politeness"),
]),
("en", "math", "What is the least common multiple of 12 and 18?", [
    ("What is the greatest common divisor of 12 and 18?", F, "operator"),
    ("What is the least common multiple of 18 and 12?", T, "reorder"),
    ("What is the least common multiple of 12, 18 and 30?", F, "number"),
]),
("en", "math", "What is 2 to the power of 10?", [
    ("What is 10 to the power of 2?", F, "implicit-role"),
    ("What is 2 times 10?", F, "operator"),
    ("What is 2^10?", T, "rephrase"),
    ("What is 2 to the power of -10?", F, "number"),
]),
("en", "math", "What is the remainder when 100 is divided by 7?", [
    ("What is the remainder when 7 is divided by 100?", F, "direction"),
    ("What is 100 mod 7?", T, "rephrase"),
    ("What is the quotient when 100 is divided by 7?", F, "entity"),
]),
("en", "customer-service", "How do I change the email address on my account to <EMAIL_1>?", [
    ("Hello! Could you please tell me how to change the email address on my account to <EMAIL_1>? Thank you.", T, "politeness"),
    ("How do I change the recovery email address on my account to <EMAIL_1>?", F, "qualifier"),
    ("How do I change the email address on <EMAIL_1>'s account?", F, "possession"),
]),
("en", "shopping", "Please send the invoice for my order to <PERSON_1>'s email, not mine.", [
    ("Please send the invoice for <PERSON_1>'s order to my email, not theirs.", F, "possession"),
    ("Please send the invoice for my order to <PERSON_1>'s email instead of mine.", T, "synonym"),
]),
("en", "pharmacy", "Can <PERSON_1> pick up my prescription at the pharmacy if I call ahead?", [
    ("Can I pick up <PERSON_1>'s prescription at the pharmacy if I call ahead?", F, "possession"),
    ("Hi, is it possible for <PERSON_1> to pick up my prescription at the pharmacy if I call ahead?", T, "politeness"),
    ("Can <PERSON_1> pick up my controlled-substance prescription at the pharmacy if I call ahead?", F, "qualifier"),
]),
("en", "customer-service", "I never received the verification code sent to <PHONE_1>. What should I do?", [
    ("I never received the verification code sent to <PHONE_1>, and now my account is locked. What should I do?", F, "condition"),
    ("Sorry to bother you, but I never received the verification code sent to <PHONE_1>. What should I do?", T, "politeness"),
]),
("en", "customer-service", "My package shows delivered but I didn't get it. Can you resend it to <PERSON_1>'s address?", [
    ("My package shows delivered but I didn't get it. Can you resend it to my address instead of <PERSON_1>'s?", F, "possession"),
    ("Hi there, my package shows delivered but I didn't get it. Could you please resend it to <PERSON_1>'s address?", T, "politeness"),
    ("My package shows delivered but I didn't get it. Can you refund it to <PERSON_1>'s card?", F, "action"),
]),
("en", "banking", "Good morning! I'd like to know the daily ATM withdrawal limit on my debit card, please.", [
    ("What is the daily ATM withdrawal limit on my debit card?", T, "politeness"),
    ("What is the weekly ATM withdrawal limit on my debit card?", F, "unit-and-measure"),
    ("What is the daily ATM deposit limit on my debit card?", F, "action"),
]),
("en", "pets", "Is it safe to use dog flea treatment on my cat?", [
    ("Is it safe to use cat flea treatment on my dog?", F, "implicit-role"),
    ("Is it safe to use flea treatment meant for dogs on my cat?", T, "rephrase"),
    ("Is it safe to use dog flea treatment on my kitten?", F, "subject-change"),
]),
("en", "banking", "What's today's EUR/USD exchange rate?", [
    ("What's today's USD/EUR exchange rate?", F, "implicit-role"),
    ("What is the EUR/USD exchange rate today?", T, "reorder"),
    ("What was yesterday's EUR/USD exchange rate?", F, "tense-aspect"),
]),
("en", "real-estate", "How much does a gas to electric stove conversion usually cost?", [
    ("How much does an electric to gas stove conversion usually cost?", F, "implicit-role"),
    ("How much does it usually cost to convert a gas stove to an electric one?", T, "rephrase"),
    ("How long does a gas to electric stove conversion usually take?", F, "question-word"),
]),
("en", "taxes", "Is a traditional to Roth IRA conversion allowed after age 70?", [
    ("Is a Roth to traditional IRA conversion allowed after age 70?", F, "implicit-role"),
    ("After age 70, is a traditional to Roth IRA conversion allowed?", T, "reorder"),
    ("Is a traditional to Roth IRA conversion required after age 70?", F, "modality"),
]),
("en", "math", "How many rows does a 3 by 5 matrix have?", [
    ("How many rows does a 5 by 3 matrix have?", F, "implicit-role"),
    ("How many columns does a 3 by 5 matrix have?", F, "entity"),
    ("A 3x5 matrix has how many rows?", T, "reorder"),
]),
("en", "sports", "Can I bring my own food into the stadium for the match?", [
    ("Do I have to bring my own food into the stadium for the match?", F, "modality"),
    ("Am I allowed to bring my own food into the stadium for the match?", T, "synonym"),
]),
("en", "government", "Do I have to vote in Australian federal elections?", [
    ("Can I vote in Australian federal elections?", F, "modality"),
    ("Is voting compulsory in Australian federal elections?", T, "rephrase"),
    ("Do I have to vote in Australian federal elections if I live overseas?", F, "condition"),
]),
("en", "pets", "My dog ate a chocolate bar an hour ago. What should I do?", [
    ("My dog ate a chocolate bar yesterday. What should I do?", F, "tense-aspect"),
    ("My dog might eat a chocolate bar at the party tonight. What should I do?", F, "tense-aspect"),
    ("My dog ate a white chocolate bar an hour ago. What should I do?", F, "qualifier"),
]),
("en", "banking", "Did the Fed cut interest rates at its last meeting?", [
    ("Will the Fed cut interest rates at its next meeting?", F, "tense-aspect"),
    ("Did the Fed raise interest rates at its last meeting?", F, "direction"),
    ("Did the Federal Reserve lower interest rates at its last meeting?", T, "synonym"),
]),
# ---------------------------------------------------------------- Chinese
("zh", "insurance", "我儿子的保险能报销我的医药费吗？", [
    ("我的保险能报销我儿子的医药费吗？", F, "possession"),
    ("我儿子的保险能不能报销我的医药费？", T, "rephrase"),
    ("我儿子的保险能报销我老伴的医药费吗？", F, "subject-change"),
]),
("zh", "pharmacy", "怎么用我老公的医保卡给我买药？", [
    ("怎么用我的医保卡给我老公买药？", F, "possession"),
    ("能用我老公的医保卡给我买药吗？", F, "question-word"),
    ("用我老公的医保卡怎么给我买药？", T, "reorder"),
]),
("zh", "banking", "我可以把工资转到我妈妈的银行卡里吗？", [
    ("我妈妈可以把工资转到我的银行卡里吗？", F, "possession"),
    ("我可以把我妈妈的工资转到我的银行卡里吗？", F, "possession"),
    ("我能把工资转到我妈妈的银行卡里吗？", T, "synonym"),
]),
("zh", "real-estate", "房东被租客起诉了，押金还要退吗？", [
    ("租客被房东起诉了，押金还要退吗？", F, "passive-active"),
    ("租客起诉了房东，押金还要退吗？", T, "rephrase"),
    ("房东把租客起诉了，押金还要退吗？", F, "passive-active"),
]),
("zh", "automotive", "我的车被对方追尾了，保险怎么赔？", [
    ("我的车追尾了对方，保险怎么赔？", F, "passive-active"),
    ("对方追尾了我的车，保险怎么赔？", T, "rephrase"),
    ("我的车把对方的车追尾了，保险怎么赔？", F, "passive-active"),
    ("我的车被对方追尾了，对方没买保险怎么赔？", F, "condition"),
]),
("zh", "general", "我的账号被朋友拉黑了，还能收到他的消息吗？", [
    ("我把朋友的账号拉黑了，还能收到他的消息吗？", F, "passive-active"),
    ("朋友把我的账号拉黑了，还能收到他的消息吗？", T, "rephrase"),
    ("我的账号被朋友拉黑了，他还能收到我的消息吗？", F, "direction"),
    ("我的账号被朋友拉黑了，还能收到他的消息么？", T, "particles"),
]),
("zh", "pets", "我家的狗被邻居的猫抓伤了，要打狂犬疫苗吗？", [
    ("邻居的猫被我家的狗抓伤了，要打狂犬疫苗吗？", F, "passive-active"),
    ("邻居的猫抓伤了我家的狗，要打狂犬疫苗吗？", T, "rephrase"),
    ("我被邻居的猫抓伤了，要打狂犬疫苗吗？", F, "subject-change"),
]),
("zh", "parenting", "孩子被同学打了，家长该怎么处理？", [
    ("孩子把同学打了，家长该怎么处理？", F, "passive-active"),
    ("同学打了孩子，家长该怎么处理？", T, "rephrase"),
    ("孩子被同学打了，老师该怎么处理？", F, "subject-change"),
    ("孩子被老师打了，家长该怎么处理？", F, "subject-change"),
]),
("zh", "banking", "微信转账被对方退回了，钱多久能回到零钱？", [
    ("微信转账被我退回了，钱多久能回到对方零钱？", F, "passive-active"),
    ("对方把微信转账退回了，钱多久能回到零钱？", T, "rephrase"),
    ("微信转账被对方退回了，钱多久能回到零钱呀？", T, "particles"),
]),
("zh", "banking", "我的信用卡被别人盗刷了，银行会赔吗？", [
    ("别人盗刷了我的信用卡，银行会赔吗？", T, "rephrase"),
    ("我的信用卡被别人盗刷了一万元，银行会全额赔付吗？", F, "qualifier"),
    ("我的信用卡被家人盗刷了，银行会赔吗？", F, "subject-change"),
]),
("zh", "general", "这个APP的中译英功能要收费吗？", [
    ("这个APP的英译中功能要收费吗？", F, "implicit-role"),
    ("这个app的中译英功能要收费吗", T, "typo-case"),
]),
("zh", "banking", "美元换人民币今天的汇率是多少？", [
    ("人民币换美元今天的汇率是多少？", F, "implicit-role"),
    ("美元换人民币今天的汇率是多少呀？", T, "particles"),
    ("美元换人民币昨天的汇率是多少？", F, "tense-aspect"),
]),
("zh", "pets", "猫粮给狗吃几天会有问题吗？", [
    ("狗粮给猫吃几天会有问题吗？", F, "implicit-role"),
    ("给狗吃几天猫粮会有问题吗？", T, "reorder"),
    ("猫粮给狗吃几个月会有问题吗？", F, "unit-and-measure"),
]),
("zh", "shopping", "Type-C转HDMI的转接头能接投影仪吗？", [
    ("HDMI转Type-C的转接头能接投影仪吗？", F, "implicit-role"),
    ("Type-C转HDMI转接头可以连投影仪吗？", T, "synonym"),
    ("Type-C转HDMI的转接头能同时接两台投影仪吗？", F, "number"),
]),
("zh", "general", "有没有好用的PDF转Word工具？", [
    ("有没有好用的Word转PDF工具？", F, "implicit-role"),
    ("有没有好用的免费PDF转Word工具？", F, "qualifier"),
    ("有什么好用的PDF转Word工具吗？", T, "rephrase"),
]),
("zh", "general", "请把这句话中译英：我们明天下午三点开会。", [
    ("请把这句话英译中：我们明天下午三点开会。", F, "implicit-role"),
    ("请把这句话中译英：我们明天上午三点开会。", F, "entity"),
    ("麻烦帮我把这句话中译英：我们明天下午三点开会，谢谢。", T, "politeness"),
]),
("zh", "school", "家长给老师的感谢信怎么写？", [
    ("老师给家长的感谢信怎么写？", F, "implicit-role"),
    ("家长写给老师的感谢信怎么写？", T, "synonym"),
    ("家长给老师的道歉信怎么写？", F, "entity"),
    ("学生给老师的感谢信怎么写？", F, "subject-change"),
]),
("zh", "airlines", "你们所有的航班都提供免费餐食吗？", [
    ("你们有航班提供免费餐食吗？", F, "quantifier-scope"),
    ("你们所有的国际航班都提供免费餐食吗？", F, "qualifier"),
    ("你们的航班是不是都提供免费餐食？", T, "rephrase"),
    ("你们所有的航班都不提供免费餐食吗？", F, "negation-scope"),
]),
("zh", "shopping", "只有会员才能享受免运费吗？", [
    ("会员只能享受免运费吗？", F, "quantifier-scope"),
    ("是不是只有会员才能享受免运费？", T, "rephrase"),
    ("只有会员才能享受七天无理由退货吗？", F, "entity"),
]),
("zh", "telecom", "一张身份证最多能办几张电话卡？", [
    ("一张身份证最多能办几张银行卡？", F, "entity"),
    ("一张身份证最多能办几张电话卡呢？", T, "particles"),
    ("一张身份证现在已经办了几张电话卡？", F, "tense-aspect"),
]),
("zh", "travel", "孩子身高超过1.2米坐高铁要买票吗？", [
    ("孩子身高不到1.2米坐高铁要买票吗？", F, "quantifier-scope"),
    ("孩子身高超过1.5米坐高铁要买票吗？", F, "number"),
    ("孩子身高超过1.2米坐飞机要买票吗？", F, "entity"),
    ("坐高铁的话，孩子身高超过1.2米要买票吗？", T, "reorder"),
]),
("zh", "school", "两门考试都通过才能拿到证书吗？", [
    ("两门考试通过任意一门就能拿到证书吗？", F, "quantifier-scope"),
    ("是不是两门考试都要通过才能拿到证书？", T, "rephrase"),
    ("三门考试都通过才能拿到证书吗？", F, "number"),
    ("两门考试都通过才能拿到证书吗？补考算不算？", F, "condition"),
]),
("zh", "airlines", "每个人都可以带一件免费托运行李吗？", [
    ("我们一家人一共可以带一件免费托运行李吗？", F, "quantifier-scope"),
    ("每个人都可以带两件免费托运行李吗？", F, "number"),
    ("是不是每个人都能带一件免费托运行李？", T, "rephrase"),
]),
("zh", "banking", "任何银行的卡都能在这台ATM取钱吗？", [
    ("所有银行的卡都能在这台ATM取钱吗？", T, "synonym"),
    ("任何银行的卡都能在这台ATM存钱吗？", F, "action"),
    ("任何银行的卡都能在这台ATM免费取钱吗？", F, "qualifier"),
    ("只有本行的卡能在这台ATM取钱吗？", F, "quantifier-scope"),
]),
("zh", "shopping", "我的退款已经到账了吗？", [
    ("我的退款什么时候到账？", F, "question-word"),
    ("我的退款会到账吗？", F, "tense-aspect"),
    ("我的退款已经到账了吧？", T, "particles"),
]),
("zh", "health", "我以前得过水痘，还需要打水痘疫苗吗？", [
    ("我现在正在出水痘，还需要打水痘疫苗吗？", F, "tense-aspect"),
    ("我以前打过水痘疫苗，还需要打水痘疫苗吗？", F, "entity"),
    ("以前得过水痘的话，我还需要打水痘疫苗吗？", T, "reorder"),
]),
("zh", "real-estate", "下个月的房贷利率会下调吗？", [
    ("上个月的房贷利率下调了吗？", F, "tense-aspect"),
    ("下个月的房贷利率会上调吗？", F, "direction"),
    ("房贷利率下个月会下调吗？", T, "reorder"),
]),
("zh", "shopping", "我的订单已经发货了，还能取消吗？", [
    ("我的订单还没发货，还能取消吗？", F, "tense-aspect"),
    ("我的订单已经签收了，还能取消吗？", F, "tense-aspect"),
    ("订单已经发货了，我还能取消吗？", T, "reorder"),
    ("我的订单已经发货了，还能修改地址吗？", F, "action"),
]),
("zh", "pets", "猫已经打完三针疫苗了，什么时候可以洗澡？", [
    ("猫还没打完三针疫苗，什么时候可以洗澡？", F, "tense-aspect"),
    ("猫已经打完三针疫苗了，什么时候可以出门？", F, "action"),
    ("猫打完三针疫苗以后，什么时候可以洗澡？", T, "rephrase"),
]),
("zh", "immigration", "我的签证被拒过，还能再申请吗？", [
    ("我的签证正在审核，还能再申请吗？", F, "tense-aspect"),
    ("我的签证过期了，还能再申请吗？", F, "entity"),
    ("我以前被拒签过，还能再申请签证吗？", T, "rephrase"),
    ("我朋友的签证被拒过，我还能申请吗？", F, "subject-change"),
]),
("zh", "legal-hr", "如果我主动辞职，能拿到经济补偿金吗？", [
    ("如果我被公司辞退，能拿到经济补偿金吗？", F, "condition"),
    ("我主动辞职的话，能拿到经济补偿金吗？", T, "synonym"),
    ("如果我主动辞职，能领失业金吗？", F, "entity"),
    ("如果公司拖欠工资我才主动辞职，能拿到经济补偿金吗？", F, "condition"),
]),
("zh", "hotels", "入住前24小时取消预订可以全额退款吗？", [
    ("入住后24小时取消预订可以全额退款吗？", F, "condition"),
    ("入住前48小时取消预订可以全额退款吗？", F, "number"),
    ("入住前24小时取消预订可以部分退款吗？", F, "qualifier"),
    ("在入住前24小时取消预订的话，能全额退款吗？", T, "rephrase"),
]),
("zh", "legal-hr", "没有医生证明的话能请病假吗？", [
    ("有医生证明的话能请病假吗？", F, "condition"),
    ("没有医生证明的话能请事假吗？", F, "entity"),
    ("没有医生证明的话能请三天以上的病假吗？", F, "qualifier"),
]),
("zh", "legal-hr", "工作满一年可以休几天年假？", [
    ("工作满十年可以休几天年假？", F, "number"),
    ("工作不满一年可以休几天年假？", F, "negation-scope"),
    ("工作满一年的话，年假有几天？", T, "rephrase"),
]),
("zh", "banking", "信用卡逾期三天会影响征信吗？", [
    ("信用卡逾期三个月会影响征信吗？", F, "unit-and-measure"),
    ("信用卡逾期三天但当天就还清了，会影响征信吗？", F, "condition"),
    ("信用卡逾期三天，会不会影响征信？", T, "rephrase"),
]),
("zh", "taxes", "海淘一件200美元的外套需要交税吗？", [
    ("海淘一件200元的外套需要交税吗？", F, "unit-and-measure"),
    ("海淘一件2000美元的外套需要交税吗？", F, "number"),
    ("海淘一件200美元的外套需要交多少税？", F, "question-word"),
    ("一件200美元的外套海淘要交税吗？", T, "reorder"),
]),
("zh", "general", "年薪30万在上海算高收入吗？", [
    ("月薪30万在上海算高收入吗？", F, "unit-and-measure"),
    ("在上海年薪30万算高收入吗？", T, "reorder"),
    ("年薪3万在上海算高收入吗？", F, "number"),
]),
("zh", "sports", "跑5公里大概消耗多少卡路里？", [
    ("跑5英里大概消耗多少卡路里？", F, "unit-and-measure"),
    ("走5公里大概消耗多少卡路里？", F, "action"),
    ("跑5公里大概要多长时间？", F, "question-word"),
]),
("zh", "health", "一个月瘦10斤正常吗？", [
    ("一个月瘦10公斤正常吗？", F, "unit-and-measure"),
    ("一周瘦10斤正常吗？", F, "unit-and-measure"),
    ("一个月胖10斤正常吗？", F, "direction"),
]),
("zh", "shopping", "这款空调一晚上用电大概多少度？", [
    ("这款空调一个月用电大概多少度？", F, "unit-and-measure"),
    ("这款空调一晚上用电大概多少钱？", F, "unit-and-measure"),
    ("这款空调一晚上大概用多少度电？", T, "reorder"),
]),
("zh", "travel", "北京哪家烤鸭店最好吃？", [
    ("北京哪家烤鸭店比较好吃？", F, "degree"),
    ("北京哪家烤鸭店最难吃？", F, "degree"),
    ("北京哪家烤鸭店最便宜？", F, "degree"),
]),
("zh", "automotive", "二手车哪个品牌最保值？", [
    ("二手车哪个品牌比较保值？", F, "degree"),
    ("二手车哪个品牌最不保值？", F, "degree"),
    ("哪个品牌的二手车最保值？", T, "reorder"),
]),
("zh", "university", "考研和考公务员，哪个更难？", [
    ("考研和考公务员，哪个更容易？", F, "degree"),
    ("考公务员和考研，哪个更难？", T, "reorder"),
    ("考研和考公务员难吗？", F, "degree"),
]),
("zh", "pets", "哪种狗最适合新手养？", [
    ("哪种狗比较适合新手养？", F, "degree"),
    ("哪种狗最不适合新手养？", F, "degree"),
    ("最适合新手养的狗是哪种？", T, "rephrase"),
]),
("zh", "real-estate", "租客可以提前解除租房合同吗？", [
    ("房东可以提前解除租房合同吗？", F, "subject-change"),
    ("租客能不能提前解除租房合同？", T, "rephrase"),
    ("租客可以提前续签租房合同吗？", F, "action"),
    ("租客可以无理由提前解除租房合同吗？", F, "qualifier"),
]),
("zh", "pharmacy", "孕妇可以吃布洛芬吗？", [
    ("哺乳期妈妈可以吃布洛芬吗？", F, "subject-change"),
    ("孕妇可以吃对乙酰氨基酚吗？", F, "entity"),
    ("怀孕的时候可以吃布洛芬吗？", T, "rephrase"),
]),
("zh", "school", "老师可以没收学生的手机吗？", [
    ("家长可以没收学生的手机吗？", F, "subject-change"),
    ("老师可以查看学生的手机吗？", F, "action"),
    ("学生的手机可以被老师没收吗？", T, "rephrase"),
]),
("zh", "real-estate", "外国人可以在中国买房吗？", [
    ("中国人可以在外国买房吗？", F, "subject-change"),
    ("外国人可以在中国租房吗？", F, "action"),
    ("外国人在中国可以买房吗？", T, "reorder"),
    ("外国人可以在中国买第二套房吗？", F, "qualifier"),
]),
("zh", "legal-hr", "我同事的领导能看到我的考勤记录吗？", [
    ("我的领导能看到我同事的考勤记录吗？", F, "possession"),
    ("我同事能看到我领导的考勤记录吗？", F, "possession"),
    ("我同事的领导可以看到我的考勤记录吗？", T, "synonym"),
    ("我同事的领导能修改我的考勤记录吗？", F, "action"),
]),
("zh", "insurance", "我爸爸的医保可以给我用吗？", [
    ("我的医保可以给我爸爸用吗？", F, "possession"),
    ("我爸爸的医保可以给我妈妈用吗？", F, "subject-change"),
    ("我可以用我爸爸的医保吗？", T, "rephrase"),
]),
("zh", "pharmacy", "哪些药不能和酒一起吃？", [
    ("哪些药能和酒一起吃？", F, "negation-scope"),
    ("哪些药不能和牛奶一起吃？", F, "entity"),
    ("哪些药不能跟酒一起吃呢？", T, "particles"),
]),
("zh", "school", "这些课程不都是免费的吗？", [
    ("这些课程都不是免费的吗？", F, "negation-scope"),
    ("这些课程不都是免费的么？", T, "particles"),
]),
("zh", "insurance", "出国旅游必须买旅游保险吗？", [
    ("出国旅游可以买旅游保险吗？", F, "modality"),
    ("出国旅游应该买旅游保险吗？", F, "modality"),
    ("出国旅游一定要买旅游保险吗？", T, "synonym"),
    ("出国留学必须买保险吗？", F, "entity"),
]),
("zh", "math", "3的平方加4的平方等于多少？", [
    ("3的平方乘4的平方等于多少？", F, "operator"),
    ("3加4的平方等于多少？", F, "operator"),
    ("3²+4²等于多少？", T, "rephrase"),
]),
("zh", "travel", "从上海到杭州的高铁最早几点？", [
    ("从杭州到上海的高铁最早几点？", F, "direction"),
    ("从上海到杭州的高铁最晚几点？", F, "degree"),
    ("上海到杭州最早的高铁是几点？", T, "rephrase"),
]),
("zh", "government", "社保断缴了怎么补缴？", [
    ("社保断缴了能补缴吗？", F, "question-word"),
    ("社保断缴了有什么影响？", F, "question-word"),
    ("社保断交了怎么补缴？", T, "typo-case"),
]),
("zh", "taxes", "个人所得税起征点是每月5000元吗？", [
    ("个人所得税起征点是每年5000元吗？", F, "unit-and-measure"),
    ("个人所得税起征点是每月3500元吗？", F, "number"),
    ("个税起征点是不是每月5000元？", T, "rephrase"),
]),
("zh", "programming", "Python里怎么把list转成dict？", [
    ("Python里怎么把dict转成list？", F, "direction"),
    ("Python里怎么把list转成set？", F, "entity"),
    ("python里怎么把list转成dict", T, "typo-case"),
]),
("zh", "devops", "Docker容器里的文件怎么拷贝到宿主机？", [
    ("宿主机的文件怎么拷贝到Docker容器里？", F, "direction"),
    ("怎么把Docker容器里的文件拷贝到宿主机？", T, "rephrase"),
    ("Docker镜像里的文件怎么拷贝到宿主机？", F, "entity"),
]),
("zh", "devops", "怎么把feature分支合并到main分支？", [
    ("怎么把main分支合并到feature分支？", F, "direction"),
    ("feature分支怎么合并到main分支？", T, "reorder"),
    ("怎么把feature分支rebase到main分支上？", F, "action"),
]),
("zh", "customer-service", "怎么修改绑定的手机号？", [
    ("您好，请问怎么修改绑定的手机号？谢谢！", T, "politeness"),
    ("怎么解绑绑定的手机号？", F, "action"),
    ("怎么修改绑定的邮箱？", F, "entity"),
]),
("zh", "customer-service", "<PERSON_1>的快递能让我代签吗？", [
    ("我的快递能让<PERSON_1>代签吗？", F, "possession"),
    ("我可以帮<PERSON_1>代签快递吗？", T, "rephrase"),
    ("<PERSON_1>的快递能让我拆开吗？", F, "action"),
]),
("zh", "telecom", "验证码一直发不到<PHONE_1>上，怎么办？", [
    ("验证码一直发不到<PHONE_1>上，怎么办呀？", T, "particles"),
    ("验证码一直发不到<PHONE_1>上，而且号码已经停机了，怎么办？", F, "condition"),
]),
("zh", "customer-service", "发到<EMAIL_1>的发票怎么重新开？", [
    ("发到<EMAIL_1>的发票怎么作废？", F, "action"),
    ("请问发到<EMAIL_1>的发票怎么重新开呢？", T, "politeness"),
]),
("zh", "math", "函数y=x²在x=3处的导数是多少？", [
    ("函数y=x³在x=3处的导数是多少？", F, "number"),
    ("函数y=x²在x=3处的函数值是多少？", F, "entity"),
    ("y=x²在x=3处的导数等于多少？", T, "synonym"),
    ("函数y=x²在x=-3处的导数是多少？", F, "number"),
]),
("zh", "physics", "1千瓦时等于多少焦耳？", [
    ("1焦耳等于多少千瓦时？", F, "direction"),
    ("1千瓦等于多少焦耳？", F, "unit-and-measure"),
    ("一度电等于多少焦耳？", T, "synonym"),
]),
("zh", "chemistry", "稀释浓硫酸时能把水倒进浓硫酸里吗？", [
    ("稀释浓硫酸时能把浓硫酸倒进水里吗？", F, "direction"),
    ("稀释浓硫酸时，可以把水倒入浓硫酸中吗？", T, "synonym"),
]),
("zh", "cooking", "烤箱180度烤鸡翅要多久？", [
    ("烤箱180华氏度烤鸡翅要多久？", F, "unit-and-measure"),
    ("烤箱200度烤鸡翅要多久？", F, "number"),
    ("鸡翅用烤箱180度烤需要多长时间？", T, "rephrase"),
]),
("zh", "sports", "足球比赛中，守门员在禁区外可以用手接球吗？", [
    ("足球比赛中，守门员在禁区内可以用手接球吗？", F, "entity"),
    ("足球比赛中，后卫在禁区内可以用手接球吗？", F, "subject-change"),
    ("在足球比赛里，守门员出了禁区还能用手接球吗？", T, "rephrase"),
]),
("zh", "pharmacy", "这个药每天最多能吃几次？", [
    ("这个药每天至少要吃几次？", F, "quantifier-scope"),
    ("这个药一天最多可以吃几次？", T, "synonym"),
    ("这个药每天最多能吃几片？", F, "unit-and-measure"),
]),
("zh", "legal-hr", "公司可以不给员工交社保吗？", [
    ("公司必须给员工交社保吗？", F, "modality"),
    ("员工可以不让公司交社保吗？", F, "subject-change"),
    ("公司可不可以不给员工交社保？", T, "rephrase"),
]),
("zh", "parenting", "两个孩子都能申请这个育儿补贴吗？", [
    ("两个孩子中只有一个能申请这个育儿补贴吗？", F, "quantifier-scope"),
    ("两个孩子是不是都可以申请这个育儿补贴？", T, "rephrase"),
    ("三个孩子都能申请这个育儿补贴吗？", F, "number"),
]),
("zh", "legal-hr", "我爸的房子我能继承吗？", [
    ("我的房子我爸能继承吗？", F, "possession"),
    ("我能继承我爸的房子吗？", T, "reorder"),
    ("我爸的房子我哥能继承吗？", F, "subject-change"),
]),
("zh", "travel", "日元换人民币在哪里换最划算？", [
    ("人民币换日元在哪里换最划算？", F, "implicit-role"),
    ("日元换成人民币在哪儿换最划算？", T, "synonym"),
]),
("zh", "university", "学生被老师举报学术不端，会被开除吗？", [
    ("老师被学生举报学术不端，会被开除吗？", F, "passive-active"),
    ("老师举报了学生学术不端，学生会被开除吗？", T, "rephrase"),
]),
("zh", "shopping", "在淘宝上买家被卖家投诉了会怎么样？", [
    ("在淘宝上卖家被买家投诉了会怎么样？", F, "passive-active"),
    ("在淘宝上买家投诉了卖家会怎么样？", F, "passive-active"),
    ("在淘宝上卖家投诉了买家会怎么样？", T, "rephrase"),
    ("在拼多多上买家被卖家投诉了会怎么样？", F, "entity"),
    ("淘宝买家被卖家投诉了会有什么后果？", T, "synonym"),
]),
]

LANGS = {"en", "zh"}
TRUE_CLASSES = {"reorder", "synonym", "politeness", "rephrase", "typo-case", "particles"}
FALSE_CLASSES = {
    "possession", "passive-active", "implicit-role", "quantifier-scope", "tense-aspect", "condition",
    "unit-and-measure", "degree", "subject-change", "negation-scope", "modality", "operator", "direction",
    "qualifier", "entity", "number", "question-word", "action",
}
KEYS = ["a", "b", "label", "lang", "class", "domain", "group", "split"]


def rows():
    out = []
    for gi, (lang, domain, base, pairs) in enumerate(GROUPS, 1):
        gid = "dy-%03d" % gi
        for p in pairs:
            if len(p) == 3:
                a, (b, label, cls) = base, p
            else:
                a, b, label, cls = p
            out.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls,
                        "domain": domain, "group": gid, "split": "dev"})
    return out


def placeholders(s):
    return sorted(re.findall(r"<[A-Z]+_\d+>", s))


def check(data):
    errs = []
    seen = set()
    sizes = collections.Counter(r["group"] for r in data)
    for g, n in sizes.items():
        if not 2 <= n <= 6:
            errs.append("group %s has %d pairs" % (g, n))
    for r in data:
        if r["lang"] not in LANGS:
            errs.append("lang %r" % r["lang"])
        ok = TRUE_CLASSES if r["label"] else FALSE_CLASSES
        if r["class"] not in ok:
            errs.append("class %s with label %s: %s" % (r["class"], r["label"], r["b"]))
        if r["class"] == "particles" and r["lang"] != "zh":
            errs.append("particles outside zh: %s" % r["b"])
        if r["a"] == r["b"]:
            errs.append("a == b: %s" % r["a"])
        key = (r["a"], r["b"])
        if key in seen or (r["b"], r["a"]) in seen:
            errs.append("duplicate pair: %s | %s" % key)
        seen.add(key)
        for side in ("a", "b"):
            s = r[side]
            if r["lang"] == "en":
                n = len(s.split())
                if not 3 <= n <= 35:
                    errs.append("en length %d: %s" % (n, s))
            else:
                n = len(s)
                if not 4 <= n <= 45:
                    errs.append("zh length %d: %s" % (n, s))
                if not any("\u4e00" <= c <= "\u9fff" for c in s):
                    errs.append("zh text without Chinese: %s" % s)
        if placeholders(r["a"]) != placeholders(r["b"]):
            errs.append("placeholders differ: %s | %s" % (r["a"], r["b"]))
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "dev-extra-2.jsonl")
    data = rows()
    errs = check(data)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(path, "w", encoding="utf-8") as f:
        for r in data:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate the written file
    back = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert list(r.keys()) == KEYS, r
            back.append(r)
    assert back == data
    assert not check(back)
    print("pairs", len(back), "groups", len({r["group"] for r in back}))
    for lang in sorted(LANGS):
        sub = [r for r in back if r["lang"] == lang]
        print(lang, len(sub), "true", sum(r["label"] for r in sub), "false", sum(not r["label"] for r in sub))
    print("true", sum(r["label"] for r in back), "false", sum(not r["label"] for r in back))
    cc = collections.Counter((r["class"], r["label"], r["lang"]) for r in back)
    for cls in sorted({c for c, _, _ in cc}):
        lab = cls in TRUE_CLASSES
        print("  %-17s %-5s en %3d  zh %3d" % (cls, lab, cc[(cls, lab, "en")], cc[(cls, lab, "zh")]))
    print("domains", dict(collections.Counter(r["domain"] for r in back).most_common()))


if __name__ == "__main__":
    main()
