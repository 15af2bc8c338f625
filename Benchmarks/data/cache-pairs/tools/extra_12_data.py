#!/usr/bin/env python3
"""Literal data for dev-extra-12.jsonl (semantic-cache pair labels) and its deterministic writer.

Each group is one anchor question `a` and 4-6 variants `b`. A variant is (label, class, text):
"T" = one complete, correct answer to `a` also fully answers `b`; "F" = it does not.
Run: python3 Benchmarks/data/cache-pairs/tools/extra_12_data.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
OUT = os.path.join(OUT_DIR, "dev-extra-12.jsonl")

DOMAINS = {
    "pets", "gardening", "fitness", "music", "photography", "gaming", "parenting", "real-estate",
    "immigration", "utilities", "transit", "restaurant", "smartphone", "devops", "math-stats",
    "physics-chem", "law", "accounting",
}
TRUE_CLASSES = {
    "reorder", "synonym", "politeness", "particles", "typo-case", "short-form", "number-words",
    "passive", "ba-construction", "possessive-restructure", "ordinary",
}
FALSE_CLASSES = {
    "direction", "operator", "qualifier", "action", "object", "entity", "number", "time", "negation",
    "scope", "modality", "tense", "question-word", "comparative", "attachment", "possessive-relation",
    "shared-vocabulary", "subject-object",
}

GROUPS = []


def G(domain, lang, a, variants):
    GROUPS.append((domain, lang, a, variants))


T, F = "T", "F"

# ---------------------------------------------------------------- English
# pets
G("pets", "en", "How much chocolate is toxic to a 10 kg dog?", [
    (T, "number-words", "How much chocolate is toxic to a ten-kilogram dog?"),
    (T, "ordinary", "My dog weighs 10kg. What amount of chocolate would be dangerous for him?"),
    (F, "number", "How much chocolate is toxic to a 30 kg dog?"),
    (F, "entity", "How much chocolate is toxic to a 10 kg cat?"),
    (F, "question-word", "Why is chocolate toxic to a 10 kg dog?"),
])
G("pets", "en", "Can I give my cat ibuprofen for pain?", [
    (T, "synonym", "Can I give my cat Advil for pain?"),
    (T, "politeness", "Could you tell me if it's okay to give my cat ibuprofen for pain?"),
    (F, "entity", "Can I give my dog ibuprofen for pain?"),
    (F, "object", "Can I give my cat gabapentin for pain?"),
    (F, "shared-vocabulary", "My cat licked an ibuprofen tablet, what should I do?"),
    (T, "typo-case", "can i give my cat ibuprofin for pain"),
])
G("pets", "en", "How often should I deworm an indoor cat?", [
    (T, "ordinary", "What's the recommended deworming schedule for a cat that never goes outside?"),
    (F, "qualifier", "How often should I deworm a cat?"),
    (F, "entity", "How often should I deworm an indoor dog?"),
    (F, "question-word", "At what age should I first deworm an indoor cat?"),
])
G("pets", "en", "Is it normal for my dog to drink more water after switching from wet food to dry food?", [
    (T, "ordinary", "We moved our dog off canned food onto kibble and now he drinks way more. Is that expected?"),
    (F, "direction", "Is it normal for my dog to drink more water after switching from dry food to wet food?"),
    (F, "operator", "Is it normal for my dog to drink less water after switching from wet food to dry food?"),
    (F, "entity", "Is it normal for my cat to drink more water after switching from wet food to dry food?"),
])
G("pets", "en", "My cat has already been spayed, can she still go into heat?", [
    (T, "ordinary", "Is it possible for a spayed cat to go into heat?"),
    (T, "reorder", "Can my cat still go into heat when she has already been spayed?"),
    (F, "tense", "My cat hasn't been spayed yet, can she go into heat?"),
    (F, "action", "My cat has already been spayed, can she still get pregnant?"),
])

# gardening
G("gardening", "en", "When should I prune hydrangeas that bloom on old wood?", [
    (T, "reorder", "For hydrangeas that flower on old wood, when is the right time to prune?"),
    (T, "ordinary", "What's the best time of year to cut back old-wood blooming hydrangeas?"),
    (F, "qualifier", "When should I prune hydrangeas?"),
    (F, "action", "When should I fertilize hydrangeas that bloom on old wood?"),
    (F, "question-word", "How much should I prune hydrangeas that bloom on old wood?"),
])
G("gardening", "en", "tomato leaves turning yellow from the bottom", [
    (T, "ordinary", "Why are the lower leaves on my tomato plants going yellow?"),
    (T, "short-form", "yellow bottom leaves tomato plant"),
    (F, "direction", "tomato leaves turning yellow from the top"),
    (F, "action", "tomato leaves curling from the bottom"),
    (F, "qualifier", "tomato seedling leaves turning yellow from the bottom"),
])
G("gardening", "en", "How deep should I plant tulip bulbs in clay soil?", [
    (T, "synonym", "How deep do tulip bulbs go in heavy clay soil?"),
    (F, "qualifier", "How deep should I plant tulip bulbs?"),
    (F, "entity", "How deep should I plant garlic bulbs in clay soil?"),
    (F, "question-word", "When should I plant tulip bulbs in clay soil?"),
])
G("gardening", "en", "Can I use coffee grounds on blueberries?", [
    (T, "ordinary", "Are used coffee grounds good for blueberry bushes?"),
    (T, "politeness", "Quick question please: can I put coffee grounds on my blueberries?"),
    (F, "entity", "Can I use coffee grounds on lavender?"),
    (F, "object", "Can I use wood ash on blueberries?"),
])

# fitness
G("fitness", "en", "How many grams of protein per day to build muscle at 80 kg body weight?", [
    (T, "number-words", "How many grams of protein a day to build muscle if I weigh eighty kilos?"),
    (T, "ordinary", "I weigh 80kg and want to gain muscle. What should my daily protein intake be in grams?"),
    (F, "number", "How many grams of protein per day to build muscle at 60 kg body weight?"),
    (F, "action", "How many grams of protein per day to lose fat at 80 kg body weight?"),
    (F, "scope", "How many grams of protein per meal to build muscle at 80 kg body weight?"),
])
G("fitness", "en", "Is it better to do cardio before or after weights?", [
    (T, "reorder", "Is it better to do cardio after or before lifting weights?"),
    (T, "ordinary", "Should I put my cardio session before or after strength training?"),
    (F, "object", "Is it better to do stretching before or after weights?"),
    (F, "shared-vocabulary", "How long should I wait between cardio and weights?"),
    (F, "shared-vocabulary", "Is it bad to do cardio and weights on the same day?"),
])
G("fitness", "en", "How long should I rest between sets for hypertrophy?", [
    (T, "synonym", "How long should I rest between sets for muscle growth?"),
    (T, "short-form", "rest time between sets hypertrophy"),
    (F, "object", "How long should I rest between sets for max strength?"),
    (F, "object", "How long should I rest between workouts for hypertrophy?"),
    (F, "question-word", "How many sets should I do for hypertrophy?"),
])
G("fitness", "en", "5k in 25 minutes, what pace per km is that?", [
    (T, "number-words", "If I run five kilometres in twenty-five minutes, what's my pace per kilometre?"),
    (T, "ordinary", "What per-kilometre pace do I need to finish a 5K in 25:00?"),
    (F, "number", "5k in 22 minutes, what pace per km is that?"),
    (F, "object", "5k in 25 minutes, what pace per mile is that?"),
])
G("fitness", "en", "Can I do push-ups every day?", [
    (T, "ordinary", "Is it okay to do pushups daily?"),
    (T, "typo-case", "can i do pushups everyday"),
    (F, "object", "Can I do squats every day?"),
    (F, "question-word", "How many push-ups should I do every day?"),
    (F, "qualifier", "Can I do push-ups every day with a sprained wrist?"),
])

# music
G("music", "en", "How often should I change guitar strings on an acoustic?", [
    (T, "reorder", "On an acoustic guitar, how often should the strings be changed?"),
    (T, "synonym", "How often should I restring my acoustic guitar?"),
    (F, "question-word", "How do I change guitar strings on an acoustic?"),
    (F, "entity", "How often should I change the strings on a violin?"),
    (F, "shared-vocabulary", "Which gauge strings should I put on my acoustic guitar?"),
])
G("music", "en", "Transpose the chord progression C-G-Am-F up 2 semitones", [
    (T, "number-words", "Transpose the progression C-G-Am-F up two semitones"),
    (T, "synonym", "Transpose C G Am F up a whole step"),
    (F, "operator", "Transpose the chord progression C-G-Am-F down 2 semitones"),
    (F, "number", "Transpose the chord progression C-G-Am-F up 3 semitones"),
    (F, "object", "Transpose the chord progression C-G-Em-F up 2 semitones"),
])
G("music", "en", "how to tune a ukulele without a tuner", [
    (T, "reorder", "without a tuner, how do I tune my ukulele?"),
    (T, "short-form", "tune ukulele no tuner"),
    (F, "negation", "how to tune a ukulele with a clip-on tuner"),
    (F, "entity", "how to tune a banjo without a tuner"),
    (F, "qualifier", "how to tune a ukulele to low G without a tuner"),
])
G("music", "en", "Is 30 minutes of violin practice a day enough for an adult beginner?", [
    (T, "number-words", "Is half an hour of violin practice a day enough for an adult beginner?"),
    (T, "ordinary", "I'm an adult just starting violin. Will practising 30 minutes daily be enough?"),
    (F, "number", "Is 2 hours of violin practice a day enough for an adult beginner?"),
    (F, "entity", "Is 30 minutes of violin practice a day enough for a child beginner?"),
    (F, "entity", "Is 30 minutes of drum practice a day enough for an adult beginner?"),
])
G("music", "en", "Can I play a 4/4 song on drums if I only know 3/4 grooves?", [
    (T, "reorder", "If I only know 3/4 grooves on drums, can I play a 4/4 song?"),
    (T, "number-words", "Can I play a song in four-four on drums if I only know three-four grooves?"),
    (F, "direction", "Can I play a 3/4 song on drums if I only know 4/4 grooves?"),
    (F, "entity", "Can I play a 4/4 song on piano if I only know 3/4 patterns?"),
])

# photography
G("photography", "en", "What shutter speed to freeze a hummingbird's wings?", [
    (T, "synonym", "What shutter speed do I need to stop the motion of hummingbird wings?"),
    (T, "ordinary", "Trying to photograph hummingbirds with sharp wings, how fast should my shutter be?"),
    (F, "action", "What shutter speed to blur a hummingbird's wings?"),
    (F, "entity", "What shutter speed to freeze a bee's wings?"),
    (F, "object", "What aperture to freeze a hummingbird's wings?"),
])
G("photography", "en", "f/1.8 vs f/2.8 for portraits", [
    (T, "reorder", "f/2.8 vs f/1.8 for portraits"),
    (T, "ordinary", "For portrait photography, should I shoot at f/1.8 or f/2.8?"),
    (F, "number", "f/1.8 vs f/4 for portraits"),
    (F, "object", "f/1.8 vs f/2.8 for landscapes"),
    (F, "qualifier", "f/1.8 vs f/2.8 for group portraits"),
])
G("photography", "en", "How do I convert RAW files to JPEG in Lightroom?", [
    (T, "synonym", "How do I export RAW photos as JPEGs in Lightroom?"),
    (T, "short-form", "lightroom raw to jpg"),
    (F, "direction", "How do I convert JPEG files to RAW in Lightroom?"),
    (F, "entity", "How do I convert RAW files to JPEG in Photoshop?"),
    (F, "object", "How do I convert RAW files to DNG in Lightroom?"),
])
G("photography", "en", "Can I use my Canon EF lenses on an RF mount body?", [
    (T, "ordinary", "Will my old EF lenses work on a Canon RF mirrorless camera?"),
    (T, "synonym", "Are Canon EF lenses compatible with RF-mount cameras?"),
    (F, "direction", "Can I use my Canon RF lenses on an EF mount body?"),
    (F, "entity", "Can I use my Nikon F lenses on an RF mount body?"),
    (F, "qualifier", "Can I use my Canon EF lenses on an RF mount body without an adapter?"),
])
G("photography", "en", "Does my employer's insurance cover my personal camera if I use it on work shoots?", [
    (T, "reorder", "If I use my personal camera on work shoots, does my employer's insurance cover it?"),
    (T, "ordinary", "I bring my own camera to shoots for my job. Is it protected under the company's insurance policy?"),
    (F, "attachment", "Does my personal insurance cover my employer's camera if I use it on work shoots?"),
    (F, "object", "Does my employer's insurance cover my personal camera if I use it on personal shoots?"),
    (F, "object", "Does my employer's insurance cover my personal laptop if I use it for work?"),
])

# gaming
G("gaming", "en", "How do I transfer my Minecraft world from Java to Bedrock?", [
    (T, "reorder", "How do I move a Minecraft world to Bedrock from Java Edition?"),
    (T, "ordinary", "Is there a way to convert my Java Edition Minecraft save so it works on Bedrock?"),
    (F, "direction", "How do I transfer my Minecraft world from Bedrock to Java?"),
    (F, "entity", "How do I transfer my Minecraft world from Xbox to PS5?"),
    (F, "object", "How do I transfer my Minecraft skins from Java to Bedrock?"),
])
G("gaming", "en", "Does Elden Ring have cross-play between PS5 and PC?", [
    (T, "reorder", "Does Elden Ring have cross-play between PC and PS5?"),
    (F, "entity", "Does Baldur's Gate 3 have cross-play between PS5 and PC?"),
    (F, "object", "Does Elden Ring have cross-save between PS5 and PC?"),
    (F, "entity", "Does Elden Ring have cross-play between PS4 and PS5?"),
])
G("gaming", "en", "What's the best way to farm gold in World of Warcraft as a new player?", [
    (T, "ordinary", "I just started WoW. How can I make gold quickly?"),
    (T, "synonym", "What's the best way to make gold in WoW as a beginner?"),
    (F, "qualifier", "What's the best way to farm gold in World of Warcraft?"),
    (F, "entity", "What's the best way to farm gil in Final Fantasy XIV as a new player?"),
    (F, "object", "What's the best way to farm reputation in World of Warcraft as a new player?"),
])
G("gaming", "en", "Is the Nintendo Switch 2 backwards compatible with Switch 1 games?", [
    (T, "ordinary", "Will my old Switch games work on the Switch 2?"),
    (T, "short-form", "switch 2 backward compatibility switch 1 games"),
    (F, "direction", "Can I play Switch 2 games on the original Switch?"),
    (F, "object", "Is the Nintendo Switch 2 compatible with Switch 1 Joy-Cons?"),
    (F, "entity", "Is the PS5 backwards compatible with PS4 games?"),
])
G("gaming", "en", "Do I have to buy PlayStation Plus to play online on PS5?", [
    (T, "synonym", "Is a PS Plus subscription required to play online on PS5?"),
    (T, "short-form", "ps5 online multiplayer need ps plus?"),
    (F, "modality", "Should I buy PlayStation Plus if I play online on PS5?"),
    (F, "qualifier", "Do I have to buy PlayStation Plus to play Fortnite online on PS5?"),
    (F, "entity", "Do I have to buy Nintendo Switch Online to play online on Switch?"),
])

# parenting
G("parenting", "en", "When can a baby sleep with a pillow?", [
    (T, "synonym", "At what age can babies safely use a pillow?"),
    (T, "ordinary", "How old does my kid need to be before they can have a pillow?"),
    (F, "object", "When can a baby sleep with a blanket?"),
    (F, "object", "When can a baby sleep with a stuffed animal?"),
    (F, "shared-vocabulary", "When can a baby sleep on their stomach?"),
])
G("parenting", "en", "How much formula should a 2 month old drink per feeding?", [
    (T, "number-words", "How much formula should a two-month-old drink per feeding?"),
    (T, "ordinary", "My baby is 8 weeks old. How many ounces of formula per bottle is normal?"),
    (F, "number", "How much formula should a 6 month old drink per feeding?"),
    (F, "scope", "How much formula should a 2 month old drink per day?"),
    (F, "question-word", "How often should a 2 month old drink formula?"),
])
G("parenting", "en", "My 3 year old hits his sister when he's angry, what should I do?", [
    (T, "ordinary", "How should I handle my three-year-old son hitting his sister whenever he gets mad?"),
    (T, "passive", "His sister gets hit by my 3 year old whenever he's angry. How do I deal with this?"),
    (F, "subject-object", "My 3 year old gets hit by his sister when she's angry, what should I do?"),
    (F, "number", "My 13 year old hits his sister when he's angry, what should I do?"),
    (F, "object", "My 3 year old hits himself when he's angry, what should I do?"),
])
G("parenting", "en", "Can I take paracetamol while breastfeeding?", [
    (T, "synonym", "Is it safe to take acetaminophen while breastfeeding?"),
    (T, "ordinary", "I'm nursing my baby. Is it okay for me to take paracetamol?"),
    (F, "entity", "Can I take codeine while breastfeeding?"),
    (F, "object", "Can I take paracetamol while pregnant?"),
    (F, "direction", "Can I give my breastfed baby paracetamol?"),
])
G("parenting", "en", "How do I get my toddler to stop biting at daycare?", [
    (T, "ordinary", "My toddler keeps biting other kids at nursery. How can I make it stop?"),
    (T, "reorder", "At daycare my toddler bites. How do I get him to stop?"),
    (F, "subject-object", "What should I do if my toddler keeps getting bitten at daycare?"),
    (F, "time", "How do I get my toddler to stop biting at bedtime?"),
    (F, "action", "How do I get my toddler to stop crying at daycare drop-off?"),
])

# real estate
G("real-estate", "en", "How much down payment do I need for a $400,000 house with an FHA loan?", [
    (T, "number-words", "How much down payment do I need for a four hundred thousand dollar house with an FHA loan?"),
    (T, "ordinary", "With an FHA mortgage, what's the minimum down payment on a $400k home?"),
    (F, "number", "How much down payment do I need for a $250,000 house with an FHA loan?"),
    (F, "entity", "How much down payment do I need for a $400,000 house with a conventional loan?"),
    (F, "qualifier", "How much down payment do I need for a $400,000 house with an FHA loan and a 550 credit score?"),
])
G("real-estate", "en", "Should I get a home inspection on a new construction house?", [
    (T, "ordinary", "Is a home inspection worth it for a newly built house?"),
    (T, "synonym", "Do I need a home inspection on a new build?"),
    (F, "object", "Should I get a land survey on a new construction house?"),
    (F, "entity", "Should I get a home inspection on a 100-year-old house?"),
    (F, "shared-vocabulary", "What does a home inspection on a new construction house usually miss?"),
])
G("real-estate", "en", "Can I back out of a house purchase after signing the contract?", [
    (T, "ordinary", "I signed the purchase agreement on a home. Can I still walk away?"),
    (T, "reorder", "After signing the contract, can I back out of a house purchase?"),
    (F, "time", "Can I back out of a house purchase before signing the contract?"),
    (F, "direction", "Can the seller back out of a house sale after signing the contract?"),
    (F, "object", "Can I back out of a car purchase after signing the contract?"),
])
G("real-estate", "en", "What is PMI and when does it go away?", [
    (T, "short-form", "PMI what is it, when does it go away"),
    (T, "ordinary", "What's private mortgage insurance, and at what point can I stop paying it?"),
    (F, "entity", "What is FHA MIP and when does it go away?"),
    (F, "question-word", "What is PMI and how much does it cost?"),
    (F, "entity", "What is escrow and when does it go away?"),
])
G("real-estate", "en", "Is it smarter to pay points or take a higher rate if I'll sell the house in 3 years?", [
    (T, "reorder", "If I'll sell the house in 3 years, is it smarter to pay points or take a higher rate?"),
    (T, "number-words", "Is it smarter to pay points or take a higher rate if I'll sell the house in three years?"),
    (F, "number", "Is it smarter to pay points or take a higher rate if I'll sell the house in 15 years?"),
    (F, "shared-vocabulary", "How are mortgage points calculated on a 30-year loan?"),
    (F, "object", "Is it smarter to pay points or make a bigger down payment if I'll sell the house in 3 years?"),
])

# immigration
G("immigration", "en", "Can I work while my UK visa extension is pending?", [
    (T, "reorder", "While my UK visa extension is pending, am I allowed to work?"),
    (T, "ordinary", "I've applied to extend my UK visa and haven't heard back yet. Can I keep working in the meantime?"),
    (F, "entity", "Can I work while my Canadian work permit extension is pending?"),
    (F, "action", "Can I travel abroad while my UK visa extension is pending?"),
    (F, "qualifier", "Can I work while my UK visa extension is pending if I applied after my visa expired?"),
])
G("immigration", "en", "How long does a US green card renewal take?", [
    (T, "synonym", "How long is the processing time for renewing a green card?"),
    (T, "short-form", "green card renewal processing time"),
    (F, "question-word", "How much does a US green card renewal cost?"),
    (F, "object", "How long does US naturalization take?"),
    (F, "entity", "How long does a UK BRP replacement take?"),
])
G("immigration", "en", "Do I need to give up my German citizenship to become Canadian?", [
    (T, "ordinary", "If I naturalise in Canada, will I have to renounce being a German citizen?"),
    (F, "entity", "Do I need to give up my Indian citizenship to become Canadian?"),
    (F, "entity", "Do I need to give up my German citizenship to become Japanese?"),
    (F, "shared-vocabulary", "How long does it take a German citizen to become Canadian?"),
])
G("immigration", "en", "What documents do I need to renew a residence permit in the Netherlands?", [
    (T, "synonym", "Which paperwork is required for extending a residence permit in the Netherlands?"),
    (F, "action", "What documents do I need to apply for a first residence permit in the Netherlands?"),
    (F, "entity", "What documents do I need to renew a residence permit in Belgium?"),
    (F, "question-word", "How much does it cost to renew a residence permit in the Netherlands?"),
])
G("immigration", "en", "My wife is a US citizen; can she sponsor my parents?", [
    (T, "ordinary", "Can a US citizen petition for green cards for her husband's parents?"),
    (T, "reorder", "Can my wife sponsor my parents, given that she is a US citizen?"),
    (F, "possessive-relation", "My wife is a US citizen; can she sponsor her parents?"),
    (F, "qualifier", "My wife is a US citizen; can I sponsor my parents once I become a citizen too?"),
])

# utilities
G("utilities", "en", "Why is my electricity bill higher in winter than in summer?", [
    (T, "reorder", "In winter, why is my electricity bill higher than in summer?"),
    (T, "ordinary", "How come I pay more for power in the winter months than during summer?"),
    (F, "direction", "Why is my electricity bill higher in summer than in winter?"),
    (F, "object", "Why is my water bill higher in winter than in summer?"),
    (F, "question-word", "How can I lower my electricity bill in winter?"),
])
G("utilities", "en", "How many kWh does a 1500W space heater use in 8 hours?", [
    (T, "number-words", "How many kilowatt-hours does a 1.5 kW space heater use in eight hours?"),
    (T, "ordinary", "If I run a 1500 watt heater for 8 hours, how much electricity does it consume in kWh?"),
    (F, "number", "How many kWh does a 1500W space heater use in 3 hours?"),
    (F, "number", "How many kWh does a 750W space heater use in 8 hours?"),
    (F, "question-word", "How much does it cost to run a 1500W space heater for 8 hours?"),
])
G("utilities", "en", "Who is responsible for a water leak before the meter, me or the water company?", [
    (T, "reorder", "Who is responsible for a water leak before the meter, the water company or me?"),
    (T, "ordinary", "If a pipe leaks on the street side of my water meter, do I pay to fix it or does the utility?"),
    (F, "direction", "Who is responsible for a water leak after the meter, me or the water company?"),
    (F, "object", "Who is responsible for a blocked sewer line, me or the water company?"),
    (F, "question-word", "How do I find out if there's a water leak before the meter?"),
])
G("utilities", "en", "Do solar panels still work during a power outage?", [
    (T, "ordinary", "If the grid goes down, will my solar panels keep powering my house?"),
    (T, "synonym", "Do solar panels work during a blackout?"),
    (F, "qualifier", "Do solar panels with a home battery still work during a power outage?"),
    (F, "shared-vocabulary", "Do solar panels still work on cloudy days?"),
    (F, "entity", "Do solar water heaters still work during a power outage?"),
])
G("utilities", "en", "Can the utility shut off my electricity in winter if I'm behind on payments?", [
    (T, "reorder", "If I'm behind on payments, can the utility shut off my electricity in winter?"),
    (T, "ordinary", "I owe my power company money. Are they allowed to cut my service during the winter?"),
    (F, "time", "Can the utility shut off my electricity in summer if I'm behind on payments?"),
    (F, "object", "Can the utility shut off my gas in winter if I'm behind on payments?"),
])

# transit
G("transit", "en", "Can I use my Oyster card on the Elizabeth line to Heathrow?", [
    (T, "reorder", "To get to Heathrow on the Elizabeth line, can I use my Oyster card?"),
    (F, "entity", "Can I use my Oyster card on the Heathrow Express?"),
    (F, "entity", "Can I use my Oyster card on the train to Gatwick?"),
    (F, "question-word", "How much is the Elizabeth line to Heathrow with an Oyster card?"),
])
G("transit", "en", "What happens if I forget to tap off on the bus?", [
    (T, "ordinary", "If I don't touch off when getting off the bus, what will happen?"),
    (T, "synonym", "What happens if I forget to tap out on the bus?"),
    (F, "action", "What happens if I forget to tap on when I board the bus?"),
    (F, "entity", "What happens if I forget to tap off on the train?"),
    (F, "question-word", "Why do I need to tap off on the bus?"),
])
G("transit", "en", "Is the night bus free for kids under 11 in London?", [
    (T, "politeness", "Could you tell me if kids under 11 ride London night buses for free?"),
    (T, "reorder", "In London, is the night bus free for kids under 11?"),
    (F, "number", "Is the night bus free for kids under 16 in London?"),
    (F, "entity", "Is the night bus free for kids under 11 in Paris?"),
    (F, "entity", "Is the night bus free for seniors in London?"),
])
G("transit", "en", "How early should I arrive at the station for a Eurostar train?", [
    (T, "ordinary", "How long before departure should I be at the station for the Eurostar?"),
    (T, "short-form", "eurostar check-in time how early"),
    (F, "entity", "How early should I arrive at the station for a TGV train?"),
    (F, "shared-vocabulary", "How long is the Eurostar from London to Paris?"),
    (F, "qualifier", "How early should I arrive at the station for a Eurostar train with a Business Premier ticket?"),
])
G("transit", "en", "Can I bring a folding bike on the subway during rush hour in NYC?", [
    (T, "reorder", "During rush hour in NYC, can I bring a folding bike on the subway?"),
    (T, "ordinary", "Am I allowed to take my foldable bicycle onto the New York subway at peak times?"),
    (F, "entity", "Can I bring a folding bike on the LIRR during rush hour?"),
    (F, "object", "Can I bring an e-scooter on the subway during rush hour in NYC?"),
])

# restaurant
G("restaurant", "en", "How do I cancel a reservation I made on OpenTable?", [
    (T, "synonym", "How can I cancel my OpenTable booking?"),
    (T, "short-form", "cancel opentable reservation"),
    (F, "action", "How do I modify a reservation I made on OpenTable?"),
    (F, "entity", "How do I cancel a reservation I made on Resy?"),
    (F, "question-word", "Is there a fee if I cancel a reservation I made on OpenTable?"),
])
G("restaurant", "en", "Is it rude to ask to split the bill at a restaurant in Italy?", [
    (T, "reorder", "At a restaurant in Italy, is it rude to ask to split the bill?"),
    (T, "ordinary", "Will Italian waiters be annoyed if we ask for separate checks?"),
    (F, "entity", "Is it rude to ask to split the bill at a restaurant in Japan?"),
    (F, "shared-vocabulary", "Is it rude not to tip at a restaurant in Italy?"),
    (F, "shared-vocabulary", "Is it rude to ask for tap water at a restaurant in Italy?"),
])
G("restaurant", "en", "How far in advance do I need to book a table at Noma?", [
    (T, "synonym", "How far ahead should I reserve a table at Noma?"),
    (T, "ordinary", "How many weeks or months ahead do I have to book Noma?"),
    (F, "entity", "How far in advance do I need to book a table at The French Laundry?"),
    (F, "question-word", "How much does dinner at Noma cost?"),
    (F, "qualifier", "How far in advance do I need to book a table at Noma for a group of 8?"),
])
G("restaurant", "en", "Can I make a restaurant reservation for 12 people on Google Maps?", [
    (T, "ordinary", "Is it possible to book a table for a group of twelve through Google Maps?"),
    (T, "reorder", "On Google Maps, can I make a restaurant reservation for 12 people?"),
    (F, "action", "Can I cancel a restaurant reservation on Google Maps?"),
    (F, "entity", "Can I make a restaurant reservation for 12 people on Yelp?"),
    (F, "number", "Can I make a restaurant reservation for 2 people on Google Maps?"),
])

# smartphone
G("smartphone", "en", "How do I transfer WhatsApp chats from Android to iPhone?", [
    (T, "reorder", "How do I transfer WhatsApp chats to an iPhone from Android?"),
    (F, "direction", "How do I transfer WhatsApp chats from iPhone to Android?"),
    (F, "entity", "How do I transfer Signal chats from Android to iPhone?"),
    (F, "object", "How do I transfer contacts from Android to iPhone?"),
    (T, "typo-case", "how to transfer whatsapp chats from andriod to iphone"),
])
G("smartphone", "en", "iPhone 15 battery health dropped to 85% after a year, is that normal?", [
    (T, "number-words", "My iPhone 15's battery health went down to eighty-five percent after one year. Normal?"),
    (T, "ordinary", "After 12 months my iPhone 15 shows 85% maximum capacity. Is this expected?"),
    (F, "number", "iPhone 15 battery health dropped to 75% after a year, is that normal?"),
    (F, "entity", "Pixel 8 battery health dropped to 85% after a year, is that normal?"),
    (F, "time", "iPhone 15 battery health dropped to 85% after a month, is that normal?"),
])
G("smartphone", "en", "How to turn off autocorrect on Samsung keyboard", [
    (T, "short-form", "samsung keyboard disable autocorrect"),
    (T, "synonym", "How do I disable autocorrect on the Samsung keyboard?"),
    (F, "action", "How to turn on autocorrect on Samsung keyboard"),
    (F, "entity", "How to turn off autocorrect on Gboard"),
    (F, "object", "How to turn off keyboard vibration on Samsung keyboard"),
])
G("smartphone", "en", "best phone for photos under $400", [
    (T, "ordinary", "Which smartphone takes the best pictures for less than $400?"),
    (T, "synonym", "best camera phone below 400 dollars"),
    (F, "comparative", "best phone for photos over $400"),
    (F, "object", "best phone for gaming under $400"),
    (F, "number", "best phone for photos under $200"),
])
G("smartphone", "en", "Can my parents see my texts if I'm on their family plan?", [
    (T, "reorder", "If I'm on my parents' family plan, can they see my texts?"),
    (T, "ordinary", "I'm on my mom and dad's phone plan. Are they able to read my text messages?"),
    (F, "subject-object", "Can I see my parents' texts if they're on my family plan?"),
    (F, "object", "Can my parents see my browsing history if I'm on their family plan?"),
])

# devops
G("devops", "en", "How do I copy a file from a Docker container to the host?", [
    (T, "reorder", "How do I copy a file to the host from a Docker container?"),
    (T, "short-form", "docker copy file container to host"),
    (F, "direction", "How do I copy a file from the host to a Docker container?"),
    (F, "entity", "How do I copy a file from a Kubernetes pod to my machine?"),
    (T, "typo-case", "how do i copy a file from docker contianer to host"),
])
G("devops", "en", "kubectl get pods shows CrashLoopBackOff, how do I see the logs of the previous container?", [
    (T, "short-form", "kubectl logs previous container crashloopbackoff"),
    (T, "ordinary", "My pod keeps restarting with CrashLoopBackOff. How can I view logs from the container instance that crashed before?"),
    (F, "time", "kubectl get pods shows CrashLoopBackOff, how do I see the logs of the current container?"),
    (F, "object", "kubectl get pods shows CrashLoopBackOff, how do I see the events of the pod?"),
    (F, "entity", "kubectl get pods shows ImagePullBackOff, how do I find out why?"),
])
G("devops", "en", "Does AWS charge for data transfer from S3 to EC2 in the same region?", [
    (T, "ordinary", "If my EC2 instance and S3 bucket are both in us-east-1, do I pay for moving data from S3 to EC2?"),
    (T, "synonym", "Is data transfer from S3 to EC2 within one region billed by AWS?"),
    (F, "qualifier", "Does AWS charge for data transfer from S3 to EC2 in a different region?"),
    (F, "object", "Does AWS charge for data transfer from S3 to the internet?"),
    (F, "entity", "Does GCP charge for data transfer from Cloud Storage to Compute Engine in the same region?"),
])
G("devops", "en", "How do I give an IAM user read-only access to one S3 bucket?", [
    (T, "ordinary", "What IAM policy lets a single user only read from one specific S3 bucket?"),
    (T, "reorder", "For one S3 bucket, how do I give an IAM user read-only access?"),
    (F, "scope", "How do I give an IAM user read-only access to all S3 buckets?"),
    (F, "object", "How do I give an IAM user write access to one S3 bucket?"),
    (F, "entity", "How do I give an IAM user read-only access to one DynamoDB table?"),
])
G("devops", "en", "How do I remove all stopped Docker containers?", [
    (T, "short-form", "docker remove stopped containers"),
    (F, "scope", "How do I remove all Docker containers, including running ones?"),
    (F, "object", "How do I remove all dangling Docker images?"),
    (F, "action", "How do I restart all stopped Docker containers?"),
])

# math-stats
G("math-stats", "en", "What's the probability of getting at least one six in 4 rolls of a die?", [
    (T, "number-words", "What's the probability of rolling at least one six in four throws of a die?"),
    (T, "ordinary", "If I roll a die 4 times, what are the chances I get a 6 at least once?"),
    (F, "number", "What's the probability of getting at least one six in 6 rolls of a die?"),
    (F, "scope", "What's the probability of getting exactly one six in 4 rolls of a die?"),
    (F, "number", "What's the probability of getting at least two sixes in 4 rolls of a die?"),
])
G("math-stats", "en", "When should I use a paired t-test instead of an independent t-test?", [
    (T, "reorder", "Instead of an independent t-test, when should I use a paired one?"),
    (T, "ordinary", "How do I know whether my data calls for a paired t-test or a two-sample t-test?"),
    (F, "entity", "When should I use a Wilcoxon signed-rank test instead of a paired t-test?"),
    (F, "entity", "When should I use a t-test instead of a z-test?"),
    (F, "shared-vocabulary", "How do I calculate a paired t-test by hand?"),
])
G("math-stats", "en", "derivative of x^2 * sin(x)", [
    (T, "ordinary", "How do I differentiate x squared times sin x?"),
    (T, "typo-case", "derivitive of x^2 sin x"),
    (F, "operator", "derivative of x^2 + sin(x)"),
    (F, "action", "integral of x^2 * sin(x)"),
    (F, "object", "derivative of x^2 * cos(x)"),
])
G("math-stats", "en", "Is the median more robust to outliers than the mean?", [
    (T, "ordinary", "Does the median handle outliers better than the mean does?"),
    (F, "entity", "Is the trimmed mean more robust to outliers than the median?"),
    (F, "object", "Is the standard deviation more robust to outliers than the IQR?"),
    (F, "shared-vocabulary", "How do I detect outliers using the median?"),
])
G("math-stats", "en", "solve 3x + 7 = 22", [
    (T, "ordinary", "What is x if 3x plus 7 equals 22?"),
    (T, "reorder", "solve 22 = 3x + 7"),
    (F, "operator", "solve 3x - 7 = 22"),
    (F, "number", "solve 3x + 7 = 25"),
    (F, "operator", "solve 3x + 7 > 22"),
])

# physics-chem
G("physics-chem", "en", "How long does it take a ball dropped from 20 m to hit the ground?", [
    (T, "number-words", "How long does it take a ball dropped from twenty metres to hit the ground?"),
    (T, "ordinary", "A ball is released from rest 20 m above the ground. What is its fall time?"),
    (F, "number", "How long does it take a ball dropped from 45 m to hit the ground?"),
    (F, "question-word", "How fast is a ball dropped from 20 m going when it hits the ground?"),
    (F, "action", "How long does it take a ball thrown upward from 20 m to hit the ground?"),
])
G("physics-chem", "en", "Why does ice float on water?", [
    (T, "ordinary", "What makes frozen water less dense than liquid water so that it floats?"),
    (T, "politeness", "Can someone please explain why ice floats on water?"),
    (F, "entity", "Why does oil float on water?"),
    (F, "entity", "Why does ice sink in alcohol?"),
    (F, "shared-vocabulary", "How much of an iceberg is above the water?"),
])
G("physics-chem", "en", "What is the pH of a 0.01 M HCl solution?", [
    (T, "synonym", "What is the pH of a 0.01 molar hydrochloric acid solution?"),
    (T, "number-words", "Calculate the pH of HCl at 10^-2 mol/L."),
    (F, "number", "What is the pH of a 0.001 M HCl solution?"),
    (F, "entity", "What is the pH of a 0.01 M NaOH solution?"),
    (F, "entity", "What is the pH of a 0.01 M acetic acid solution?"),
])
G("physics-chem", "en", "A car accelerates from 0 to 100 km/h in 8 s. What's its average acceleration?", [
    (T, "number-words", "A car goes from zero to 100 km/h in eight seconds; what's the average acceleration?"),
    (T, "ordinary", "Average acceleration of a car that reaches 100 km/h from rest in 8 seconds?"),
    (F, "number", "A car accelerates from 0 to 100 km/h in 5 s. What's its average acceleration?"),
    (F, "question-word", "A car accelerates from 0 to 100 km/h in 8 s. What distance does it cover?"),
    (F, "number", "A car accelerates from 0 to 60 km/h in 8 s. What's its average acceleration?"),
])
G("physics-chem", "en", "Does a heavier object fall faster than a lighter one in a vacuum?", [
    (T, "ordinary", "In a vacuum, do heavy things drop quicker than light things?"),
    (T, "reorder", "In a vacuum, does a heavier object fall faster than a lighter one?"),
    (F, "qualifier", "Does a heavier object fall faster than a lighter one in air?"),
    (F, "shared-vocabulary", "Does a heavier object hit the ground with more force than a lighter one in a vacuum?"),
])

# law
G("law", "en", "Does the landlord have to pay the tenant interest on the security deposit in Massachusetts?", [
    (T, "passive", "In Massachusetts, is interest on a security deposit owed to the tenant by the landlord?"),
    (T, "ordinary", "Do Massachusetts landlords owe renters interest on their deposits?"),
    (F, "subject-object", "Does the tenant have to pay the landlord interest on the security deposit in Massachusetts?"),
    (F, "entity", "Does the landlord have to pay the tenant interest on the security deposit in California?"),
    (F, "question-word", "When does the landlord have to return the security deposit in Massachusetts?"),
])
G("law", "en", "Can my employer make me work overtime without paying me if I'm salaried?", [
    (T, "reorder", "If I'm salaried, can my employer make me work overtime without paying me?"),
    (T, "ordinary", "I'm on a salary. Is my boss allowed to have me put in extra hours for no extra pay?"),
    (F, "object", "Can my employer make me work overtime without paying me if I'm hourly?"),
    (F, "qualifier", "Can my employer make me work overtime?"),
    (F, "shared-vocabulary", "Can my employer cut my salary if I refuse to work overtime?"),
])
G("law", "en", "How much notice do I have to give my employer before quitting in Germany?", [
    (T, "synonym", "What's the notice period for resigning from a job in Germany?"),
    (T, "reorder", "In Germany, how much notice do I have to give my employer before I quit?"),
    (F, "direction", "How much notice does my employer have to give me before firing me in Germany?"),
    (F, "entity", "How much notice do I have to give my employer before quitting in the UK?"),
    (F, "qualifier", "How much notice do I have to give my employer before quitting during probation in Germany?"),
    (T, "politeness", "Could you please tell me how much notice I have to give my employer before quitting in Germany?"),
])
G("law", "en", "Is a verbal lease agreement legally binding?", [
    (T, "ordinary", "If my landlord and I only agreed on the rental by word of mouth, is that enforceable?"),
    (T, "synonym", "Is an oral rental agreement legally binding?"),
    (F, "qualifier", "Is a verbal lease agreement for 2 years legally binding?"),
    (F, "object", "Is a verbal employment agreement legally binding?"),
    (F, "question-word", "How do I prove a verbal lease agreement?"),
])
G("law", "en", "Can my landlord require me to have renters insurance?", [
    (T, "ordinary", "Is it legal for a landlord to make renters insurance mandatory in the lease?"),
    (T, "synonym", "Can a landlord make me get renters insurance?"),
    (F, "modality", "Should I have renters insurance?"),
    (F, "subject-object", "Can I require my landlord to have insurance?"),
    (F, "object", "Can my landlord require me to have pet insurance?"),
])

# accounting
G("accounting", "en", "Can I deduct my home office if I'm a W-2 employee?", [
    (T, "reorder", "If I'm a W-2 employee, can I deduct my home office?"),
    (T, "ordinary", "As a regular employee on a W-2, am I allowed to write off my home office?"),
    (F, "entity", "Can I deduct my home office if I'm self-employed?"),
    (F, "time", "Could a W-2 employee deduct a home office before 2018?"),
])
G("accounting", "en", "How do I calculate gross margin from revenue of $50,000 and COGS of $30,000?", [
    (T, "number-words", "How do I calculate gross margin if revenue is fifty thousand dollars and cost of goods sold is thirty thousand?"),
    (T, "ordinary", "Sales were $50k and cost of goods sold was $30k. What's my gross margin?"),
    (F, "object", "How do I calculate net margin from revenue of $50,000 and COGS of $30,000?"),
    (F, "number", "How do I calculate gross margin from revenue of $50,000 and COGS of $35,000?"),
    (F, "object", "How do I calculate markup from revenue of $50,000 and COGS of $30,000?"),
])
G("accounting", "en", "Can I claim my girlfriend's son as a dependent?", [
    (T, "passive", "Can my girlfriend's son be claimed as my dependent?"),
    (T, "ordinary", "Is my girlfriend's kid eligible to be my tax dependent?"),
    (F, "possessive-relation", "Can I claim my son's girlfriend as a dependent?"),
    (F, "object", "Can I claim my girlfriend as a dependent?"),
])
G("accounting", "en", "I've already filed my tax return, how do I fix a mistake on it?", [
    (T, "ordinary", "How do I correct an error on a tax return I've already submitted?"),
    (T, "reorder", "How do I fix a mistake on my tax return that I've already filed?"),
    (F, "tense", "I haven't filed my tax return yet, how do I fix a mistake on it?"),
    (F, "action", "I've already filed my tax return, how do I check its status?"),
    (F, "question-word", "I've already filed my tax return, how long until I get my refund?"),
])
G("accounting", "en", "Do I charge VAT to a business customer in another EU country?", [
    (T, "ordinary", "When I sell to a VAT-registered company elsewhere in the EU, do I add VAT to the invoice?"),
    (T, "synonym", "Do I need to add VAT when invoicing a B2B client in another EU member state?"),
    (F, "entity", "Do I charge VAT to a private customer in another EU country?"),
    (F, "entity", "Do I charge VAT to a business customer in the US?"),
])


# ---------------------------------------------------------------- Chinese
# pets
G("pets", "zh", "狗狗吃了葡萄怎么办？", [
    (T, "ordinary", "我家狗偷吃了几颗葡萄，要紧吗，该怎么处理"),
    (T, "particles", "狗狗吃了葡萄怎么办呀"),
    (F, "entity", "猫咪吃了葡萄怎么办？"),
    (F, "object", "狗狗吃了巧克力怎么办？"),
    (F, "question-word", "狗狗为什么不能吃葡萄？"),
])
G("pets", "zh", "猫咪绝育后多久可以洗澡？", [
    (T, "synonym", "猫做完绝育手术多长时间能洗澡"),
    (F, "object", "猫咪打完疫苗后多久可以洗澡？"),
    (F, "question-word", "猫咪绝育后为什么不能马上洗澡？"),
    (F, "action", "猫咪绝育后多久可以拆线？"),
])
G("pets", "zh", "狗狗每天要遛几次，每次多久？", [
    (T, "ordinary", "一天带狗出去散步几回合适，每回走多长时间"),
    (T, "reorder", "每次遛多久、一天遛几次狗比较好？"),
    (F, "qualifier", "狗狗做完绝育手术后每天要遛几次，每次多久？"),
    (F, "action", "狗狗每天要喂几次，每次喂多少？"),
    (F, "shared-vocabulary", "狗狗饭前遛还是饭后遛比较好"),
])
G("pets", "zh", "猫打完疫苗三天了还没精神，正常吗", [
    (T, "number-words", "猫打完疫苗3天了还没精神，正常吗"),
    (T, "ordinary", "猫咪接种疫苗后连着三天都蔫蔫的，这算正常反应吗"),
    (F, "number", "猫打完疫苗十天了还没精神，正常吗"),
    (F, "action", "猫打完疫苗三天了还不吃东西，正常吗"),
    (F, "time", "猫打疫苗前三天就没精神，还能打吗"),
])
G("pets", "zh", "我家猫咬我家狗，怎么让它们和平相处", [
    (T, "ordinary", "家里的猫老是去咬狗，有什么办法让猫狗好好相处"),
    (T, "passive", "我家狗总被我家猫咬，怎么让它们和平相处"),
    (F, "subject-object", "我家狗咬我家猫，怎么让它们和平相处"),
    (F, "shared-vocabulary", "先养了猫再养狗，怎么介绍它们认识"),
])

# gardening
G("gardening", "zh", "绿萝叶子发黄是什么原因？", [
    (T, "particles", "绿萝叶子发黄是咋回事啊"),
    (T, "ordinary", "家里的绿萝叶片一片片变黄，是哪里出问题了"),
    (F, "entity", "发财树叶子发黄是什么原因？"),
    (F, "object", "绿萝叶子发黑是什么原因？"),
    (F, "action", "绿萝叶子发黄了要剪掉吗？"),
])
G("gardening", "zh", "多肉冬天多久浇一次水", [
    (T, "ordinary", "冬季养多肉，浇水间隔多长时间合适"),
    (F, "time", "多肉夏天多久浇一次水"),
    (F, "question-word", "多肉冬天一次浇多少水"),
    (F, "qualifier", "多肉冬天放在暖气房里多久浇一次水"),
])
G("gardening", "zh", "月季什么时候修剪最好？", [
    (T, "synonym", "月季啥时候剪枝比较好"),
    (T, "politeness", "请问月季一般在什么时候修剪最好呢"),
    (F, "action", "月季什么时候施肥最好？"),
    (F, "entity", "绣球什么时候修剪最好？"),
    (F, "question-word", "月季修剪应该剪到哪个位置？"),
])
G("gardening", "zh", "阳台种番茄，一盆种几棵合适？盆直径30厘米", [
    (T, "number-words", "阳台种番茄，三十厘米直径的盆里种几棵好"),
    (T, "ordinary", "30cm口径的花盆在阳台上养西红柿，放几株比较合适"),
    (F, "number", "阳台种番茄，一盆种几棵合适？盆直径50厘米"),
    (F, "entity", "阳台种辣椒，一盆种几棵合适？盆直径30厘米"),
    (F, "question-word", "阳台种番茄，一盆要放多少土？盆直径30厘米"),
])
G("gardening", "zh", "种子发芽前要不要见光？", [
    (T, "ordinary", "种子还没出芽的时候需要放在有光的地方吗"),
    (T, "particles", "种子发芽前要不要见光呀"),
    (F, "time", "种子发芽后要不要见光？"),
    (F, "question-word", "种子发芽前要泡多久？"),
])

# fitness
G("fitness", "zh", "减脂期间每天应该吃多少克碳水？体重70公斤", [
    (T, "number-words", "减脂期一天吃多少克碳水合适，我七十公斤"),
    (T, "ordinary", "70kg的人在减肥期，碳水化合物每天摄入多少克比较好"),
    (F, "action", "增肌期间每天应该吃多少克碳水？体重70公斤"),
    (F, "number", "减脂期间每天应该吃多少克碳水？体重90公斤"),
    (F, "object", "减脂期间每天应该吃多少克蛋白质？体重70公斤"),
])
G("fitness", "zh", "跑步前还是跑步后拉伸？", [
    (T, "reorder", "跑步后还是跑步前拉伸？"),
    (T, "ordinary", "拉伸应该放在跑步之前做，还是跑完再做"),
    (F, "object", "跑步前还是跑步后吃饭？"),
    (F, "question-word", "跑步后拉伸多久合适？"),
])
G("fitness", "zh", "平板支撑每天做多久有效果", [
    (T, "synonym", "平板支撑一天做多长时间才有效"),
    (T, "particles", "平板支撑每天做多久才有效果呢"),
    (F, "object", "深蹲每天做多少个有效果"),
    (F, "question-word", "平板支撑每天做有什么效果"),
    (F, "object", "平板支撑每天做多久能练出腹肌"),
])
G("fitness", "zh", "一公里配速6分钟，跑完半马要多久？", [
    (T, "number-words", "配速六分钟一公里，半程马拉松大概要跑多长时间"),
    (T, "ordinary", "如果我每公里跑6分钟，21.1公里需要多少时间"),
    (F, "number", "一公里配速5分钟，跑完半马要多久？"),
    (F, "object", "一公里配速6分钟，跑完全马要多久？"),
    (F, "question-word", "半马想跑进2小时，一公里配速要多少？"),
])
G("fitness", "zh", "健身房的私教课没上完，能退钱吗", [
    (T, "ordinary", "私教课还剩好多节没上，健身房能给我退款吗"),
    (T, "particles", "健身房的私教课没上完，能退钱不"),
    (F, "object", "健身房的年卡没用完，能退钱吗"),
    (F, "tense", "健身房的私教课已经上完了，还能退钱吗"),
    (F, "action", "健身房的私教课没上完，能转让给别人吗"),
])

# music
G("music", "zh", "成年人零基础学钢琴还是吉他更容易上手？", [
    (T, "reorder", "成年人零基础学吉他还是钢琴更容易上手？"),
    (T, "ordinary", "我是完全没基础的大人，想学乐器，钢琴和吉他哪个入门简单"),
    (F, "entity", "小孩零基础学钢琴还是吉他更容易上手？"),
    (F, "entity", "成年人零基础学钢琴还是小提琴更容易上手？"),
    (F, "shared-vocabulary", "成年人零基础学钢琴要多久才能弹完整的曲子？"),
])
G("music", "zh", "吉他弦多久换一次", [
    (T, "synonym", "吉他琴弦多长时间换一次"),
    (T, "short-form", "吉他 换弦 频率"),
    (F, "entity", "尤克里里弦多久换一次"),
    (F, "question-word", "吉他弦怎么换"),
    (F, "action", "吉他多久调一次音"),
])
G("music", "zh", "钢琴多久调一次音？", [
    (T, "particles", "钢琴一般多久调一次音呀"),
    (T, "ordinary", "家里的钢琴隔多长时间要请人来调一次音"),
    (F, "entity", "电钢琴多久调一次音？"),
    (F, "question-word", "钢琴调一次音多少钱？"),
    (F, "qualifier", "钢琴搬家以后多久要调音？"),
])
G("music", "zh", "小孩几岁开始学小提琴合适？", [
    (T, "synonym", "孩子多大开始学小提琴比较好"),
    (T, "politeness", "想问下，小朋友一般几岁学小提琴合适"),
    (F, "entity", "小孩几岁开始学钢琴合适？"),
    (F, "question-word", "小孩学小提琴一年要花多少钱？"),
    (F, "object", "小孩几岁可以换全尺寸的小提琴？"),
])
G("music", "zh", "简谱和五线谱哪个好学", [
    (T, "reorder", "五线谱和简谱哪个好学"),
    (T, "particles", "简谱跟五线谱哪个更好学啊"),
    (F, "action", "简谱怎么转成五线谱"),
    (F, "entity", "五线谱和吉他六线谱哪个好学"),
])

# photography
G("photography", "zh", "拍星空快门速度设多少？", [
    (T, "ordinary", "晚上想拍满天的星星，快门要开多长时间"),
    (F, "object", "拍星轨快门速度设多少？"),
    (F, "object", "拍星空ISO设多少？"),
    (F, "entity", "拍烟花快门速度设多少？"),
])
G("photography", "zh", "手机拍照怎么把背景虚化", [
    (T, "synonym", "手机拍照怎样让背景变模糊"),
    (T, "short-form", "手机 拍照 背景虚化"),
    (F, "negation", "手机拍照怎么让背景不虚化"),
    (F, "entity", "单反拍照怎么把背景虚化"),
    (F, "time", "手机已经拍好的照片怎么把背景虚化"),
])
G("photography", "zh", "佳能R6和索尼A7M4哪个适合拍视频", [
    (T, "reorder", "索尼A7M4和佳能R6哪个适合拍视频"),
    (T, "ordinary", "主要拍视频的话，A7M4跟R6选哪台"),
    (F, "object", "佳能R6和索尼A7M4哪个适合拍鸟"),
    (F, "entity", "佳能R6二代和索尼A7M4哪个适合拍视频"),
    (F, "question-word", "佳能R6和索尼A7M4哪个更便宜"),
])
G("photography", "zh", "单反镜头起雾了怎么办", [
    (T, "particles", "单反镜头起雾了咋办啊"),
    (T, "ordinary", "单反的镜头上起了一层雾，应该怎么处理"),
    (F, "object", "单反镜头发霉了怎么办"),
    (F, "question-word", "单反镜头为什么会起雾"),
    (F, "entity", "手机镜头起雾了怎么办"),
])
G("photography", "zh", "拍证件照用什么颜色的背景？护照", [
    (T, "ordinary", "办护照的证件照，背景要什么颜色"),
    (T, "reorder", "护照照片用什么颜色的背景"),
    (F, "entity", "拍证件照用什么颜色的背景？毕业证"),
    (F, "object", "拍证件照穿什么颜色的衣服？护照"),
    (F, "question-word", "拍证件照尺寸是多少？护照"),
])

# gaming
G("gaming", "zh", "原神PC和手机账号数据互通吗？", [
    (T, "ordinary", "我在手机上玩的原神，换到电脑上登录进度还在吗"),
    (F, "entity", "原神PC和PS5账号数据互通吗？"),
    (F, "entity", "崩坏星穹铁道PC和手机账号数据互通吗？"),
    (F, "object", "原神PC和手机玩家可以一起联机吗？"),
])
G("gaming", "zh", "Switch日版卡带能在港版机器上玩吗", [
    (T, "ordinary", "日本买的Switch游戏卡，插到港版主机上能玩吗"),
    (T, "reorder", "港版Switch机器能玩日版卡带吗"),
    (F, "entity", "PS5日版光盘能在港版机器上玩吗"),
    (F, "qualifier", "Switch日版卡带在港版机器上能显示中文吗"),
])
G("gaming", "zh", "Steam上买错游戏了怎么退款", [
    (T, "ordinary", "在Steam买错了游戏，想把钱退回来怎么操作"),
    (T, "short-form", "steam 买错游戏 退款"),
    (F, "action", "Steam上买错游戏了能换成别的游戏吗"),
    (F, "entity", "Epic上买错游戏了怎么退款"),
    (F, "object", "Steam上送给朋友的礼物游戏怎么退款"),
])
G("gaming", "zh", "2000元以内玩游戏最好的手机是哪款", [
    (T, "ordinary", "预算两千以下，想买打游戏最强的手机，选哪款"),
    (T, "number-words", "两千块以内玩游戏最好的手机是哪款"),
    (F, "comparative", "2000元以上玩游戏最好的手机是哪款"),
    (F, "number", "1000元以内玩游戏最好的手机是哪款"),
    (F, "object", "2000元以内拍照最好的手机是哪款"),
])
G("gaming", "zh", "孩子玩游戏充了3000块，能找腾讯退款吗", [
    (T, "ordinary", "未成年孩子偷偷在腾讯游戏里充了三千，家长能申请退回吗"),
    (T, "synonym", "孩子玩游戏花掉了3000块，能找腾讯退款吗"),
    (F, "entity", "孩子玩游戏充了3000块，能找网易退款吗"),
    (F, "direction", "我用孩子的账号玩游戏充了3000块，能找腾讯退款吗"),
    (F, "question-word", "孩子玩游戏充了3000块，多久能退回来"),
])

# parenting
G("parenting", "zh", "宝宝几个月可以加辅食？", [
    (T, "synonym", "婴儿多大开始添加辅食"),
    (T, "particles", "宝宝几个月能加辅食呀"),
    (F, "question-word", "宝宝第一口辅食吃什么？"),
    (F, "object", "宝宝几个月可以喝水？"),
    (F, "qualifier", "早产宝宝几个月可以加辅食？"),
])
G("parenting", "zh", "两岁孩子晚上不睡觉，一直哭怎么办", [
    (T, "ordinary", "我家娃两周岁了，一到晚上就哭闹不肯睡，该咋办"),
    (T, "number-words", "2岁孩子晚上不睡觉一直哭怎么办"),
    (F, "number", "两个月孩子晚上不睡觉，一直哭怎么办"),
    (F, "time", "两岁孩子白天不睡午觉，一直哭怎么办"),
    (F, "action", "两岁孩子晚上不睡觉，一直要玩怎么办"),
])
G("parenting", "zh", "孩子在幼儿园被同学打了，家长该怎么处理", [
    (T, "passive", "同学在幼儿园打了我家孩子，家长该怎么处理"),
    (T, "ordinary", "娃在幼儿园挨了别的小朋友的打，作为家长要怎么办"),
    (F, "subject-object", "孩子在幼儿园打了同学，家长该怎么处理"),
    (F, "entity", "孩子在幼儿园被老师打了，家长该怎么处理"),
])
G("parenting", "zh", "9个月宝宝的安全座椅，正向装还是反向装？", [
    (T, "reorder", "9个月宝宝的安全座椅，反向装还是正向装？"),
    (T, "ordinary", "宝宝九个月了，安全座椅应该朝后还是朝前安装"),
    (F, "number", "4岁宝宝的安全座椅，正向装还是反向装？"),
    (F, "object", "9个月宝宝的安全座椅，装副驾驶还是后排？"),
    (F, "question-word", "9个月宝宝的安全座椅，买多少钱的合适？"),
])
G("parenting", "zh", "9岁女孩可以打HPV疫苗吗", [
    (T, "number-words", "九岁的女孩可以打HPV疫苗吗"),
    (T, "ordinary", "女儿今年9岁，能接种HPV疫苗了吗"),
    (F, "modality", "9岁女孩必须打HPV疫苗吗"),
    (F, "entity", "9岁男孩可以打HPV疫苗吗"),
    (F, "question-word", "9岁女孩打HPV疫苗要打几针"),
])

# real-estate
G("real-estate", "zh", "北京首套房公积金贷款最多能贷多少？", [
    (T, "ordinary", "在北京买第一套房，用公积金最高能贷到多少钱"),
    (F, "entity", "上海首套房公积金贷款最多能贷多少？"),
    (F, "object", "北京二套房公积金贷款最多能贷多少？"),
    (F, "object", "北京首套房商业贷款最多能贷多少？"),
])
G("real-estate", "zh", "二手房过户要交哪些税？", [
    (T, "synonym", "二手房过户需要缴纳哪些税费"),
    (T, "ordinary", "买二手房办过户的时候，得交哪几种税"),
    (F, "entity", "新房办房产证要交哪些税？"),
    (F, "question-word", "二手房过户要多长时间？"),
    (F, "action", "二手房赠与给子女要交哪些税？"),
])
G("real-estate", "zh", "买房交了定金，开发商不退怎么办", [
    (T, "ordinary", "已经交了购房定金，开发商拒绝退还，我该怎么办"),
    (T, "passive", "交的买房定金被开发商扣着不退，怎么办"),
    (F, "direction", "卖房收了定金，买家反悔不买了怎么办"),
    (F, "object", "买房交了首付，开发商不退怎么办"),
])
G("real-estate", "zh", "房贷提前还款，是缩短年限还是减少月供划算？", [
    (T, "reorder", "房贷提前还款，减少月供和缩短年限哪个划算？"),
    (T, "ordinary", "提前还了一部分房贷，选少还月供还是缩短还款期更省钱"),
    (F, "entity", "车贷提前还款，是缩短年限还是减少月供划算？"),
    (F, "shared-vocabulary", "房贷提前还款要交违约金吗？"),
    (F, "question-word", "房贷提前还款需要提前多久预约？"),
])
G("real-estate", "zh", "买房时卖家隐瞒房子漏水，交房后发现了能退房吗", [
    (T, "ordinary", "交房以后才发现房子漏水，卖家之前没说，可以要求退房吗"),
    (T, "reorder", "交房后发现房子漏水，买房时卖家隐瞒了，能退房吗"),
    (F, "question-word", "买房时卖家隐瞒房子漏水，交房后发现了能要求赔偿多少"),
    (F, "object", "买房时卖家隐瞒房子是凶宅，交房后发现了能退房吗"),
])

# immigration
G("immigration", "zh", "加拿大工签到期了还在等续签结果，能继续工作吗", [
    (T, "ordinary", "加拿大工作许可过期了，续签申请还没批下来，这段时间能不能接着上班"),
    (T, "reorder", "还在等续签结果的时候加拿大工签到期了，能继续工作吗"),
    (F, "time", "加拿大工签过期以后才申请续签，还能继续工作吗"),
    (F, "entity", "美国H1B到期了还在等续签结果，能继续工作吗"),
    (F, "action", "加拿大工签到期了还在等续签结果，能出境吗"),
])
G("immigration", "zh", "持中国护照去日本要签证吗", [
    (T, "ordinary", "中国人去日本需要办签证吗"),
    (F, "direction", "持日本护照去中国要签证吗"),
    (F, "entity", "持中国护照去韩国要签证吗"),
    (F, "action", "持中国护照在日本转机要签证吗"),
])
G("immigration", "zh", "德国蓝卡拿到几年可以申请永居？", [
    (T, "ordinary", "拿着德国欧盟蓝卡，需要多长时间才可以转永居"),
    (F, "entity", "德国普通工作签证拿到几年可以申请永居？"),
    (F, "object", "德国蓝卡拿到几年可以申请入籍？"),
    (F, "question-word", "德国蓝卡申请永居需要什么材料？"),
])
G("immigration", "zh", "在英国读完硕士毕业后能留下来工作吗", [
    (T, "ordinary", "英国硕士毕业以后还可以留在英国工作吗"),
    (T, "reorder", "硕士在英国读完毕业后，能留下来工作吗"),
    (F, "time", "在英国读硕士期间能打工吗"),
    (F, "entity", "在澳洲读完硕士毕业后能留下来工作吗"),
    (F, "action", "在英国读完硕士毕业后能留下来创业吗"),
])
G("immigration", "zh", "我老婆是美籍，能给我爸妈办绿卡吗", [
    (T, "ordinary", "美国公民能不能帮丈夫的父母申请绿卡"),
    (T, "reorder", "能给我爸妈办绿卡吗？我老婆是美籍"),
    (F, "possessive-relation", "我老婆是美籍，能给她爸妈办绿卡吗"),
    (F, "qualifier", "我老婆是美籍，等我也入了美籍，能给我爸妈办绿卡吗"),
])

# utilities
G("utilities", "zh", "阶梯电价怎么算？第二档从多少度开始", [
    (T, "ordinary", "阶梯电价是怎么计算的，用电超过多少度算第二档"),
    (T, "reorder", "第二档从多少度开始，阶梯电价怎么算"),
    (F, "object", "阶梯水价怎么算？第二档从多少吨开始"),
    (F, "number", "阶梯电价怎么算？第三档从多少度开始"),
    (F, "entity", "商铺用电也按阶梯电价算吗"),
])
G("utilities", "zh", "1.5匹空调开26度一晚上要多少度电？", [
    (T, "number-words", "一匹半的空调开二十六度，一整晚耗多少度电"),
    (T, "synonym", "1.5P空调设26℃开一夜，大概费多少度电"),
    (F, "number", "1.5匹空调开20度一晚上要多少度电？"),
    (F, "number", "3匹空调开26度一晚上要多少度电？"),
    (F, "question-word", "1.5匹空调开26度一晚上要多少钱？"),
])
G("utilities", "zh", "家里突然停电了，怎么查是不是欠费", [
    (T, "ordinary", "突然停电，想确认是不是因为电费没交，该怎么查"),
    (T, "particles", "家里突然停电了，咋查是不是欠费呀"),
    (F, "object", "家里突然停水了，怎么查是不是欠费"),
    (F, "question-word", "家里因为欠费停电了，交完费多久能来电"),
    (F, "object", "家里突然停电了，怎么查是不是跳闸了"),
])
G("utilities", "zh", "租房的电费是房东交还是租客交", [
    (T, "reorder", "租房的电费是租客交还是房东交"),
    (T, "ordinary", "租的房子，电费一般由谁付，房东还是租户"),
    (F, "object", "租房的物业费是房东交还是租客交"),
    (F, "question-word", "租房的电费一度多少钱算合理"),
    (F, "action", "租房的电费房东能加价收吗"),
])
G("utilities", "zh", "电动车在楼道里充电被物业断电了，物业有权这么做吗", [
    (T, "ordinary", "物业把我在楼道给电瓶车充电的电源拔了，他们有这个权利吗"),
    (T, "passive", "物业给在楼道里充电的电动车断了电，物业有权这么做吗"),
    (F, "object", "电动车在楼道里停放被物业拖走了，物业有权这么做吗"),
    (F, "action", "电动车在楼道里充电被物业断电了，能要求物业赔偿吗"),
])

# transit
G("transit", "zh", "北京地铁可以用微信乘车码吗", [
    (T, "ordinary", "在北京坐地铁，用微信里的乘车码能进站吗"),
    (F, "entity", "上海地铁可以用微信乘车码吗"),
    (F, "entity", "北京地铁可以用支付宝乘车码吗"),
    (F, "object", "北京地铁可以刷外国信用卡吗"),
    (T, "politeness", "请问北京地铁可以用微信乘车码吗"),
])
G("transit", "zh", "高铁票开车前48小时改签要手续费吗", [
    (T, "number-words", "开车前四十八小时改签高铁票要收手续费吗"),
    (T, "ordinary", "离发车还有48个小时，这时候改签高铁票收不收钱"),
    (F, "number", "高铁票开车前8小时改签要手续费吗"),
    (F, "action", "高铁票开车前48小时退票要手续费吗"),
    (F, "time", "高铁票开车后改签要手续费吗"),
])
G("transit", "zh", "从虹桥机场到浦东机场坐什么最快", [
    (T, "ordinary", "虹桥机场去浦东机场，哪种交通方式最快"),
    (F, "comparative", "从虹桥机场到浦东机场坐什么最便宜"),
    (F, "entity", "从虹桥机场到迪士尼坐什么最快"),
    (F, "question-word", "从虹桥机场到浦东机场要多久"),
])
G("transit", "zh", "深圳通能在香港坐地铁吗", [
    (T, "ordinary", "拿深圳通卡去香港能刷港铁吗"),
    (T, "synonym", "深圳通可以在香港刷地铁吗"),
    (F, "direction", "八达通能在深圳坐地铁吗"),
    (F, "entity", "深圳通能在广州坐地铁吗"),
    (F, "question-word", "深圳通在哪里可以退卡"),
])
G("transit", "zh", "公交车上老人摔倒了，司机要负责吗", [
    (T, "ordinary", "老人在公交车上摔了，这种情况司机有责任吗"),
    (T, "particles", "公交车上老人摔倒了，司机要负责吧"),
    (F, "entity", "商场里老人摔倒了，商场要负责吗"),
    (F, "subject-object", "公交车上老人把司机推倒了，老人要负责吗"),
    (F, "question-word", "公交车上老人摔倒了，该找谁索赔"),
])

# restaurant
G("restaurant", "zh", "海底捞可以提前几天预约？", [
    (T, "synonym", "海底捞能提前多少天订位"),
    (T, "particles", "海底捞可以提前几天预约呀"),
    (F, "entity", "太二酸菜鱼可以提前几天预约？"),
    (F, "action", "海底捞预约了可以取消吗？"),
    (F, "question-word", "海底捞预约要交定金吗？"),
])
G("restaurant", "zh", "订了餐厅包间，临时不去了定金能退吗", [
    (T, "ordinary", "预订了饭店包厢，临时去不了，已经交的定金能退吗"),
    (T, "reorder", "临时不去了，订餐厅包间交的定金能退吗"),
    (F, "direction", "订了餐厅包间，餐厅临时取消了，定金能退吗"),
    (F, "time", "订了餐厅包间，提前一周说不去了，定金能退吗"),
])
G("restaurant", "zh", "餐厅收开瓶费合法吗", [
    (T, "synonym", "饭店收取开瓶费合不合法"),
    (T, "ordinary", "自带酒水去饭店吃饭，店家要收开瓶费，这样合法吗"),
    (F, "object", "餐厅收餐具费合法吗"),
    (F, "object", "餐厅设最低消费合法吗"),
    (F, "question-word", "餐厅开瓶费一般收多少"),
])
G("restaurant", "zh", "在大众点评上订的座，怎么改时间", [
    (T, "ordinary", "大众点评预订的餐位，想换个时间怎么操作"),
    (T, "short-form", "大众点评 订座 修改时间"),
    (F, "action", "在大众点评上订的座，怎么取消"),
    (F, "object", "在大众点评上订的座，怎么改人数"),
])
G("restaurant", "zh", "餐厅里服务员把汤洒在我身上，餐厅要赔吗", [
    (T, "passive", "在餐厅吃饭被服务员把汤洒在身上了，餐厅要赔吗"),
    (T, "ordinary", "吃饭时服务员不小心把汤泼到我衣服上，店家该不该赔偿"),
    (F, "subject-object", "我在餐厅把汤洒在服务员身上，我要赔吗"),
    (F, "question-word", "餐厅里服务员把汤洒在我身上，一般赔多少"),
])

# smartphone
G("smartphone", "zh", "iPhone的照片怎么导到Windows电脑上", [
    (T, "ordinary", "苹果手机里的照片想传到Windows电脑，用什么方法"),
    (T, "ba-construction", "怎么把iPhone的照片导到Windows电脑上"),
    (F, "direction", "Windows电脑上的照片怎么导到iPhone上"),
    (F, "entity", "iPhone的照片怎么导到Mac上"),
    (F, "object", "iPhone的通讯录怎么导到Windows电脑上"),
])
G("smartphone", "zh", "iPhone充电到80%就停了，是坏了吗", [
    (T, "ordinary", "苹果手机充到80%就不充了，是电池出问题了吗"),
    (T, "number-words", "iPhone充电到百分之八十就停了，是坏了吗"),
    (F, "number", "iPhone充电到50%就停了，是坏了吗"),
    (F, "entity", "华为手机充电到80%就停了，是坏了吗"),
])
G("smartphone", "zh", "微信被拉黑了还能看到对方朋友圈吗", [
    (T, "passive", "对方把我拉黑了，我还能看到他的朋友圈吗"),
    (T, "ordinary", "微信好友把我拉进黑名单后，我还能刷到他的朋友圈吗"),
    (F, "subject-object", "我把对方拉黑了，对方还能看到我的朋友圈吗"),
    (F, "action", "微信被删除了还能看到对方朋友圈吗"),
    (F, "object", "微信被拉黑了还能给对方发消息吗"),
])
G("smartphone", "zh", "用公司电脑登录我的个人微信，公司能看到聊天记录吗", [
    (T, "ordinary", "在单位的电脑上登了自己的微信，单位能不能查到我的聊天内容"),
    (T, "reorder", "公司能看到聊天记录吗？我是用公司电脑登录的个人微信"),
    (F, "attachment", "用我的个人电脑登录公司微信，公司能看到聊天记录吗"),
    (F, "object", "连着公司WiFi用自己手机聊微信，公司能看到聊天记录吗"),
])
G("smartphone", "zh", "微信怎么一次性删除所有聊天记录", [
    (T, "synonym", "微信如何一次清空全部聊天记录"),
    (T, "ba-construction", "怎么把微信的聊天记录一次性全部删掉"),
    (F, "scope", "微信怎么删除和某一个人的聊天记录"),
    (F, "action", "微信怎么一次性备份所有聊天记录"),
])

# devops
G("devops", "zh", "docker 镜像怎么导出成 tar 文件", [
    (T, "short-form", "docker 镜像 导出 tar"),
    (T, "ba-construction", "怎么把 docker 镜像导出成 tar 包"),
    (F, "direction", "tar 文件怎么导入成 docker 镜像"),
    (F, "object", "docker 容器怎么导出成 tar 文件"),
    (F, "action", "docker 镜像怎么推送到私有仓库"),
])
G("devops", "zh", "k8s 的 pod 一直 Pending 是什么原因", [
    (T, "synonym", "Kubernetes pod 一直处于 Pending 状态是为什么"),
    (T, "particles", "k8s pod 老是 Pending 是咋回事"),
    (F, "entity", "k8s 的 pod 一直 Terminating 是什么原因"),
    (F, "action", "k8s 的 pod 一直 Pending 怎么强制删除"),
    (F, "object", "k8s 的 node 一直 NotReady 是什么原因"),
])
G("devops", "zh", "git 怎么撤销已经 push 的 commit", [
    (T, "ordinary", "commit 已经推到远程仓库了，git 里要怎么撤回"),
    (T, "short-form", "git 撤销 已push commit"),
    (F, "tense", "git 怎么撤销还没 push 的 commit"),
    (F, "action", "git 怎么修改已经 push 的 commit 信息"),
    (F, "entity", "svn 怎么撤销已经提交的版本"),
])
G("devops", "zh", "Dockerfile 里 CMD 和 ENTRYPOINT 有什么区别", [
    (T, "reorder", "Dockerfile 里 ENTRYPOINT 和 CMD 有什么区别"),
    (T, "short-form", "dockerfile cmd 和 entrypoint 区别"),
    (F, "entity", "Dockerfile 里 COPY 和 ADD 有什么区别"),
    (F, "entity", "Dockerfile 里 CMD 和 RUN 有什么区别"),
    (F, "question-word", "Dockerfile 里可以写几个 CMD"),
])
G("devops", "zh", "服务器磁盘满了，怎么找出哪个目录占空间最大", [
    (T, "ordinary", "Linux 硬盘空间用完了，想查是哪个文件夹最占地方，用什么命令"),
    (T, "short-form", "linux 磁盘满 查找 最大目录"),
    (F, "object", "服务器内存满了，怎么找出哪个进程占内存最大"),
    (F, "action", "服务器磁盘满了，怎么扩容"),
])

# math-stats
G("math-stats", "zh", "掷两个骰子，点数之和为7的概率是多少", [
    (T, "number-words", "掷2个骰子，和为七的概率"),
    (T, "ordinary", "同时扔两颗骰子，加起来等于7的可能性有多大"),
    (F, "number", "掷两个骰子，点数之和为8的概率是多少"),
    (F, "operator", "掷两个骰子，点数之和大于7的概率是多少"),
    (F, "number", "掷三个骰子，点数之和为7的概率是多少"),
])
G("math-stats", "zh", "求 y = x³ - 3x 的极值", [
    (T, "ordinary", "函数 y=x^3-3x 的极大值和极小值分别是多少"),
    (T, "short-form", "y=x^3-3x 极值"),
    (F, "operator", "求 y = x³ + 3x 的极值"),
    (F, "object", "求 y = x³ - 3x 的零点"),
    (F, "number", "求 y = x³ - 12x 的极值"),
])
G("math-stats", "zh", "p值小于0.05说明什么", [
    (T, "synonym", "p值低于0.05代表什么意思"),
    (T, "particles", "p值小于0.05说明啥呀"),
    (F, "comparative", "p值大于0.05说明什么"),
    (F, "question-word", "p值怎么算"),
])
G("math-stats", "zh", "从5个人里选3个人排成一排，有多少种排法", [
    (T, "number-words", "从五个人里选三个人排成一排，有多少种排法"),
    (T, "ordinary", "5人中挑3人站成一排，一共有几种排列方式"),
    (F, "action", "从5个人里选3个人，有多少种选法"),
    (F, "number", "从6个人里选3个人排成一排，有多少种排法"),
    (F, "qualifier", "从5个人里选3个人排成一排，甲必须站中间，有多少种排法"),
])
G("math-stats", "zh", "一件衣服先涨价20%再降价20%，现价比原价高还是低", [
    (T, "ordinary", "商品价格先提高百分之二十，然后再下调百分之二十，最后比原来贵还是便宜"),
    (T, "number-words", "一件衣服先涨价百分之二十再降价百分之二十，现价比原价高还是低"),
    (F, "number", "一件衣服先涨价20%再降价10%，现价比原价高还是低"),
    (F, "operator", "一件衣服先涨价20%再涨价20%，现价比原价高多少"),
])

# physics-chem
G("physics-chem", "zh", "物体从45米高处自由落下，落地要几秒？g取10", [
    (T, "number-words", "物体从四十五米高的地方自由下落，g=10，多久落地"),
    (T, "ordinary", "g取10m/s²，45m高处静止释放的物体几秒着地"),
    (F, "number", "物体从80米高处自由落下，落地要几秒？g取10"),
    (F, "question-word", "物体从45米高处自由落下，落地速度是多少？g取10"),
    (F, "action", "物体从45米高处以10m/s竖直上抛，落地要几秒？g取10"),
])
G("physics-chem", "zh", "为什么铁会生锈而铝不会？", [
    (T, "ordinary", "铝比铁活泼，为什么反而是铁会锈、铝不会"),
    (T, "reorder", "为什么铝不会生锈而铁会？"),
    (F, "entity", "为什么铁会生锈而不锈钢不会？"),
    (F, "question-word", "怎么防止铁生锈？"),
])
G("physics-chem", "zh", "配制100mL 0.1mol/L的NaCl溶液需要多少克NaCl", [
    (T, "number-words", "要配一百毫升0.1摩尔每升的氯化钠溶液，得称多少克氯化钠"),
    (T, "short-form", "100mL 0.1mol/L NaCl 需要多少g"),
    (F, "number", "配制250mL 0.1mol/L的NaCl溶液需要多少克NaCl"),
    (F, "entity", "配制100mL 0.1mol/L的KCl溶液需要多少克KCl"),
    (F, "question-word", "配制100mL 0.1mol/L的NaCl溶液需要用到哪些仪器"),
])
G("physics-chem", "zh", "稀释浓硫酸时为什么要把浓硫酸倒入水中", [
    (T, "ordinary", "稀释浓硫酸的时候，为啥要酸入水而不是水入酸"),
    (T, "reorder", "为什么稀释浓硫酸时要把浓硫酸倒入水中"),
    (F, "shared-vocabulary", "稀释浓硫酸时放出的热量怎么计算"),
    (F, "shared-vocabulary", "浓硫酸溅到皮肤上应该怎么处理"),
])
G("physics-chem", "zh", "一个60W的灯泡接在110V电压下，实际功率是多少？额定电压220V", [
    (T, "number-words", "额定220V、60瓦的灯泡接到一百一十伏的电源上，实际功率多少"),
    (T, "ordinary", "标着220V 60W的灯泡，如果只加110V电压，它的实际功率是多大"),
    (F, "number", "一个100W的灯泡接在110V电压下，实际功率是多少？额定电压220V"),
    (F, "question-word", "一个60W的灯泡接在110V电压下，实际电流是多少？额定电压220V"),
])

# law
G("law", "zh", "房东提前收回房子，要赔租客多少钱？", [
    (T, "passive", "房子被房东提前收回，租客能拿到多少赔偿？"),
    (T, "ordinary", "合同还没到期房东就要我搬走，他应该赔我多少钱"),
    (F, "subject-object", "租客提前退租，要赔房东多少钱？"),
    (F, "question-word", "房东提前收回房子，需要提前多久通知租客？"),
])
G("law", "zh", "试用期被辞退有补偿吗", [
    (T, "ordinary", "还在试用期就被公司辞退了，能拿到经济补偿吗"),
    (T, "passive", "公司在试用期把我辞退了，有补偿吗"),
    (F, "direction", "试用期自己主动辞职有补偿吗"),
    (F, "time", "转正后被辞退有补偿吗"),
    (F, "question-word", "试用期被辞退公司要提前几天通知"),
])
G("law", "zh", "租房合同没到期，房东要涨房租合法吗", [
    (T, "reorder", "房东要涨房租，可租房合同还没到期，这合法吗"),
    (T, "ordinary", "租约还没满，房东突然说要加租，这样合法吗"),
    (F, "tense", "租房合同已经到期了，房东要涨房租合法吗"),
    (F, "action", "租房合同没到期，房东要卖房子合法吗"),
])
G("law", "zh", "借给朋友5万没打借条，怎么要回来", [
    (T, "number-words", "借给朋友五万块钱没写借条，怎么要回来"),
    (T, "ordinary", "朋友跟我借了5万，没留借条，现在怎么把钱追回来"),
    (F, "subject-object", "朋友借给我5万没打借条，他能要回去吗"),
    (F, "negation", "借给朋友5万打了借条，怎么要回来"),
    (F, "question-word", "借给朋友5万没打借条，起诉的时效是多久"),
])
G("law", "zh", "我姐姐的婆婆去世了，公司会给丧假吗", [
    (T, "ordinary", "姐姐的婆婆过世了，这种情况单位能批丧假吗"),
    (T, "possessive-restructure", "我姐姐她婆婆去世了，公司会给丧假吗"),
    (F, "possessive-relation", "我婆婆的姐姐去世了，公司会给丧假吗"),
    (F, "object", "我姐姐的婆婆去世了，公司会给慰问金吗"),
    (F, "entity", "我姐姐去世了，公司会给丧假吗"),
])

# accounting
G("accounting", "zh", "小规模纳税人和一般纳税人有什么区别", [
    (T, "reorder", "一般纳税人和小规模纳税人有什么区别"),
    (T, "particles", "小规模纳税人跟一般纳税人有啥区别啊"),
    (F, "action", "小规模纳税人怎么转成一般纳税人"),
    (F, "entity", "个体户和小规模纳税人有什么区别"),
    (F, "question-word", "小规模纳税人增值税税率是多少"),
])
G("accounting", "zh", "个税汇算清缴，哪些情况需要补税？", [
    (T, "ordinary", "个人所得税年度汇算时，什么情况下要补缴税款"),
    (T, "politeness", "麻烦问一下，个税汇算清缴在哪些情况下需要补税？"),
    (F, "direction", "个税汇算清缴，哪些情况可以退税？"),
    (F, "question-word", "个税汇算清缴截止到什么时候？"),
])
G("accounting", "zh", "预收账款属于资产还是负债", [
    (T, "particles", "预收账款是资产还是负债啊"),
    (T, "ordinary", "客户提前打过来的货款，在账上算资产还是负债"),
    (F, "direction", "预付账款属于资产还是负债"),
    (F, "entity", "应付职工薪酬属于资产还是负债"),
    (F, "question-word", "预收账款什么时候转成收入"),
])
G("accounting", "zh", "发票开错了，对方已经认证了怎么作废", [
    (T, "ordinary", "开错的发票对方已经勾选认证了，要怎么处理作废"),
    (T, "reorder", "对方已经认证了的发票开错了，怎么作废"),
    (F, "tense", "发票开错了，对方还没认证怎么作废"),
    (F, "time", "发票开错了，已经跨月了怎么作废"),
])
G("accounting", "zh", "老板从公司账户转钱给自己，账上怎么处理", [
    (T, "ordinary", "老板把公司的钱转到他个人卡上了，会计分录该怎么做"),
    (T, "ba-construction", "老板把钱从公司账户转给自己，账上怎么处理"),
    (F, "direction", "老板从个人账户转钱给公司，账上怎么处理"),
    (F, "question-word", "老板从公司账户转钱给自己，要交多少税"),
])

# ---------------------------------------------------------------- added for thin classes (both languages)
G("devops", "en", "Can my company see my personal GitHub repos if I log in on my work laptop?", [
    (T, "reorder", "If I log in on my work laptop, can my company see my personal GitHub repos?"),
    (T, "ordinary", "If I sign into GitHub on my work computer, can my employer view my private personal repositories?"),
    (F, "attachment", "Can my company see my GitHub repos if I log in on my personal laptop?"),
    (F, "object", "Can my company see my browsing history if I log in on my work laptop?"),
])
G("immigration", "en", "Can I renew my US passport online?", [
    (T, "synonym", "Is it possible to renew a US passport online?"),
    (T, "short-form", "us passport online renewal possible?"),
    (F, "modality", "Do I have to renew my US passport online?"),
    (F, "entity", "Can I renew my Canadian passport online?"),
    (F, "qualifier", "Can I renew my US passport online if it expired 6 years ago?"),
])
G("pets", "en", "Which human foods are safe for cats?", [
    (T, "ordinary", "What people food can I safely give my cat?"),
    (T, "synonym", "Which human foods can cats eat safely?"),
    (F, "negation", "Which human foods are not safe for cats?"),
    (F, "entity", "Which human foods are safe for parrots?"),
    (F, "object", "Which houseplants are safe for cats?"),
])
G("smartphone", "en", "How do I mute a WhatsApp group chat?", [
    (T, "synonym", "How can I silence notifications from a WhatsApp group?"),
    (T, "short-form", "mute whatsapp group"),
    (F, "scope", "How do I mute only one person in a WhatsApp group?"),
    (F, "scope", "How do I mute all my WhatsApp chats at once?"),
    (F, "action", "How do I leave a WhatsApp group without anyone noticing?"),
])
G("smartphone", "en", "I've already updated to iOS 18, can I downgrade back to iOS 17?", [
    (T, "ordinary", "Is it possible to roll back from iOS 18 to iOS 17 after updating?"),
    (T, "reorder", "Can I downgrade back to iOS 17 now that I've already updated to iOS 18?"),
    (F, "tense", "I haven't updated to iOS 18 yet, can I stay on iOS 17?"),
    (F, "entity", "I've already updated to Android 15, can I downgrade back to Android 14?"),
    (F, "shared-vocabulary", "I've already updated to iOS 18, how do I turn off automatic updates?"),
])
G("music", "en", "best acoustic guitar under $300", [
    (T, "synonym", "best acoustic guitar for less than 300 dollars"),
    (T, "ordinary", "Which steel-string acoustic should I buy if my budget is below $300?"),
    (F, "comparative", "best acoustic guitar over $300"),
    (F, "entity", "best classical guitar under $300"),
    (F, "number", "best acoustic guitar under $150"),
])
G("utilities", "en", "How much money does raising the thermostat 2°F in summer save?", [
    (T, "number-words", "How much money does raising the thermostat two degrees Fahrenheit in summer save?"),
    (T, "ordinary", "If I set my AC 2 degrees warmer during the summer, how much will I save?"),
    (F, "operator", "How much more does it cost to lower the thermostat 2°F in summer?"),
    (F, "time", "How much money does raising the thermostat 2°F in winter cost?"),
    (F, "number", "How much money does raising the thermostat 5°F in summer save?"),
])
G("pets", "en", "My neighbor's dog attacked my cat; who pays the vet bill?", [
    (T, "passive", "My cat was attacked by my neighbor's dog; who pays the vet bill?"),
    (T, "ordinary", "The dog next door went after my cat and hurt her. Is my neighbor responsible for the vet costs?"),
    (F, "subject-object", "My dog attacked my neighbor's cat; who pays the vet bill?"),
    (F, "shared-vocabulary", "My neighbor's dog attacked my cat; should I report it to animal control?"),
])

G("accounting", "zh", "用我个人的银行卡收公司的货款，有什么风险", [
    (T, "ordinary", "公司客户的货款打到我自己的私人卡上，会有什么风险"),
    (T, "ba-construction", "把公司的货款收到我个人银行卡上，有什么风险"),
    (F, "attachment", "用公司的银行卡收我个人的货款，有什么风险"),
    (F, "question-word", "用我个人的银行卡收公司的货款，要交多少税"),
])
G("accounting", "zh", "个税汇算可以让公司代办吗", [
    (T, "synonym", "个税年度汇算能委托单位帮忙办理吗"),
    (T, "particles", "个税汇算可以让公司代办吧"),
    (F, "modality", "个税汇算必须让公司代办吗"),
    (F, "entity", "个税汇算可以让税务师代办吗"),
])
G("gardening", "zh", "哪些绿植适合放卧室", [
    (T, "ordinary", "卧室里养什么植物比较合适"),
    (T, "particles", "哪些绿植适合放卧室呀"),
    (F, "negation", "哪些绿植不适合放卧室"),
    (F, "object", "哪些绿植适合放卫生间"),
    (F, "qualifier", "哪些绿植适合放没有窗户的卧室"),
])
G("smartphone", "zh", "微信怎么设置不让别人看我的朋友圈", [
    (T, "synonym", "微信如何设置不给别人看我的朋友圈"),
    (T, "ordinary", "想把自己的朋友圈对别人隐藏起来，微信里要怎么设置"),
    (F, "subject-object", "微信怎么设置不看别人的朋友圈"),
    (F, "qualifier", "微信怎么设置朋友圈只给别人看最近三天"),
])
G("devops", "zh", "git 怎么只提交一个文件的修改", [
    (T, "ordinary", "改了好几个文件，git 里怎么只 commit 其中一个"),
    (T, "short-form", "git commit 单个文件"),
    (F, "scope", "git 怎么提交所有文件的修改"),
    (F, "action", "git 怎么只撤销一个文件的修改"),
])
G("pets", "zh", "被自家狗咬了，狗已经打过狂犬疫苗，我还要打吗", [
    (T, "ordinary", "自己家打过疫苗的狗把我咬破了，人还需要打狂犬针吗"),
    (T, "reorder", "狗已经打过狂犬疫苗了，被自家狗咬了我还要打吗"),
    (F, "tense", "被自家狗咬了，狗还没打过狂犬疫苗，我要打吗"),
    (F, "question-word", "被自家狗咬了，狂犬疫苗最晚要在多少小时内打"),
])
G("photography", "zh", "3000元以下有什么好用的微单推荐", [
    (T, "ordinary", "预算不到三千块，想买个微单，有什么推荐"),
    (T, "particles", "3000元以下有啥好用的微单推荐呀"),
    (F, "comparative", "3000元以上有什么好用的微单推荐"),
    (F, "object", "3000元以下有什么好用的运动相机推荐"),
    (F, "number", "1500元以下有什么好用的微单推荐"),
])
G("math-stats", "zh", "两个数的和是20，差是6，这两个数是多少", [
    (T, "ordinary", "已知两数相加得20、相减得6，求这两个数"),
    (T, "number-words", "两个数的和是二十，差是六，这两个数分别是多少"),
    (F, "operator", "两个数的和是20，积是96，这两个数是多少"),
    (F, "number", "两个数的和是20，差是8，这两个数是多少"),
])


# ---------------------------------------------------------------- writer
CJK = re.compile(r"[\u4e00-\u9fff]")
KEYS = ("a", "b", "label", "lang", "class", "domain", "group", "split")


def validate():
    seen = set()
    for n, (domain, lang, a, variants) in enumerate(GROUPS, 1):
        where = "group %d (%s)" % (n, a)
        assert domain in DOMAINS, where
        assert lang in ("en", "zh"), where
        assert 4 <= len(variants) <= 6, where
        labels = {v[0] for v in variants}
        assert labels == {T, F}, where
        for text in [a] + [v[2] for v in variants]:
            assert text == text.strip() and text, where
            if lang == "zh":
                assert CJK.search(text), (where, text)
            else:
                assert not CJK.search(text), (where, text)
        for label, cls, b in variants:
            assert cls in (TRUE_CLASSES if label == T else FALSE_CLASSES), (where, cls)
            assert b != a, where
            assert (a, b) not in seen and (b, a) not in seen, (where, b)
            seen.add((a, b))


def other_files():
    """Pairs and question texts of every other *.jsonl in this directory (read by script only)."""
    pairs, texts = set(), set()
    for name in sorted(os.listdir(OUT_DIR)):
        if not name.endswith(".jsonl") or name == os.path.basename(OUT):
            continue
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                pairs.add((r["a"], r["b"]))
                pairs.add((r["b"], r["a"]))
                texts.add(r["a"])
                texts.add(r["b"])
    return pairs, texts


def main():
    validate()
    pairs, texts = other_files()
    anchors_elsewhere = [g[2] for g in GROUPS if g[2] in texts]
    if anchors_elsewhere:
        for a in anchors_elsewhere:
            print("anchor already used in another file:", a, file=sys.stderr)
        sys.exit(1)
    rows, skipped = [], 0
    for n, (domain, lang, a, variants) in enumerate(GROUPS, 1):
        gid = "x12-%03d" % n
        for label, cls, b in variants:
            if (a, b) in pairs:
                skipped += 1
                continue
            rows.append(dict(zip(KEYS, (a, b, label == T, lang, cls, domain, gid, "dev"))))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("groups %d, pairs %d, skipped (present elsewhere) %d -> %s"
          % (len(GROUPS), len(rows), skipped, os.path.relpath(OUT, OUT_DIR)))


if __name__ == "__main__":
    main()
