-- Frontline scenario: a routine direct-debit date change where the caller mentions that his wife now
-- has dialysis at home. Teaches the Priority Services Register (supply licence condition 26; Ofgem's PSR
-- guidance): offer it without being asked, say what it gives (and what it doesn't: no faster reconnection),
-- free, no doctor's letter, not only for pensioners, register with each supplier; record only what is
-- needed, with the person's own agreement, and ask consent to share with the network operator. Then
-- payment difficulty (licence condition 27, ability to pay) and the prepayment-meter rules for a home
-- that relies on powered medical equipment.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.priority-services-register",
  title = "Just a direct debit date",
  brief = "You're on the phones in Northway Energy's contact centre. Northway supplies electricity to Gareth Pryce's home, "
    .. "and he's ringing to change the date of his direct debit. "
    .. "You can change payment dates, set up payment plans, update the account's records and refer customers to the "
    .. "Financial Support team.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 3,
  minutes = 12,
  topics = { "energy-regulation", "vulnerability", "data-protection", "payment-difficulty" },
  customer = { name = "Gareth Pryce", look = "man-in-his-late-fifties", mood = 60 },
  start = "opening",
  state = {
    weak_check = false,
    myth = "none",
    faster_myth = false,
    fee_myth = false,
    psr_offered = false,
    psr_registered = false,
    shared = false,
    alison_on = false,
    alison_agreed = false,
    over_collected = false,
    other_supplier = "none",
    mum_disclosed = false,
    incident_reported = false,
    plan = "none",
    no_ppm_told = false,
    note = "none",
  },
}

node "opening" {
  narration = "Mid-morning. There's a van radio in the background, and the caller sounds cheerful and in a hurry.",
  customer = "Morning! Gareth Pryce. I just need to move my direct debit, from the 1st of the month to the 20th, if that's doable.",
  choice { "Course. What's the account number? That's all I need for a date change, so we'll have it done in a minute.", id = "account-only",
    go = "cue", set = { weak_check = true },
    breach = "policy.security-questions",
    why = "A date change is still a change to the account. Northway's procedure is full name, supply address or account number, "
      .. "and two security questions, however small the job." },
  choice { "Happy to help. Can I take the address, then your date of birth and the amount of your last payment?", id = "security",
    go = "cue", mood = 5,
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "He's given his name; you ask for the rest of Northway's checks and compare his answers with the account." },
  choice { "No problem. Just give me the first line of your address and your postcode, and I'll move it for you now.", id = "address-only",
    go = "cue", set = { weak_check = true },
    breach = "policy.security-questions",
    why = "An address is known to neighbours, the postman and anyone with an old envelope. Northway's procedure adds two security "
      .. "questions before you change anything on the account." },
}

node "cue" {
  narration = function(s)
    if s.weak_check then
      return "His account opens. You've moved on without the security questions."
    end
    return "His answers match the account. He's through security."
  end,
  customer = "The 1st is too early now. My wife Alison's had to stop work. She's on dialysis at home, three nights a week, and her money comes in on the 18th.",
  choice { "No problem at all. I've moved it to the 20th, starting next month. Is there anything else I can help with today?", id = "date-only",
    go = "anything_else", mood = 5,
    breach = "energy.priority-services",
    why = "The date is done, but you've walked past the most important thing he said. A dialysis machine at home relies on electricity. "
      .. "The licence expects you to offer the free Priority Services Register when you hear that, without waiting to be asked." },
  choice { "I'm sorry to hear that. We do have a Priority Services Register, but it's for customers of pension age, so I don't think "
      .. "you'd qualify yet. I'll move the date to the 20th for you now.", id = "pensioners",
    go = "anything_else", set = { myth = "pension" },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "The register isn't only for pensioners. It covers anyone with a disability, a long-term condition or medical equipment at home, "
      .. "among others. Alison relies on a dialysis machine, so she's eligible, and the household should be offered it now." },
  choice { "Sorry to hear about Alison. I'll move it to the 20th. With a dialysis machine at home, she can join our Priority Services Register, free. Can I tell you about it?", id = "offer",
    go = "psr_what", mood = 5, set = { psr_offered = true },
    credit = { "heat.empathise", "service.questioning" },
    why = "You do what he asked, then pick up the cue: medical equipment that needs power. You offer the register without being asked, and check he wants to hear about it." },
  choice { "There's a register for customers on medical equipment. If Alison's consultant writes to us confirming the dialysis, we can look "
      .. "at adding her. I'll move the date in the meantime.", id = "doctors-letter",
    go = "letter_row", set = { myth = "letter" },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "Nobody needs a doctor's letter to join the Priority Services Register. The customer tells you the needs, with the person's agreement, "
      .. "and you record them. A letter would only delay help for a household that relies on powered equipment." },
  choice { "I'll move it to the 20th. I'm sorry to hear that. What's Alison's condition, and how long will she need the dialysis? "
      .. "I'll put the full picture on the account so the team knows.", id = "nosy",
    go = "nosy_row", mood = -10, set = { over_collected = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "Her diagnosis and prognosis are health data, a special category, and a date change doesn't need them. "
      .. "What matters to an energy supplier is that she relies on a machine that needs power. Ask only for what the task needs." },
}

node "nosy_row" {
  customer = "Er, kidney failure, if you must know. Does all that need to go on my energy account?",
  choice { "No, it doesn't, sorry. I won't note the condition. What matters is the machine needs power, so Alison can join our free "
      .. "Priority Services Register. Can I explain?", id = "sorry-minimise",
    go = "psr_what", mood = 5, set = { over_collected = false, psr_offered = true },
    credit = { "dpa.minimisation", "heat.apologise" },
    why = "You drop the question you didn't need, and turn to what does matter: a household relying on powered medical equipment should be offered the register." },
  choice { "It helps to have everything in one place. I'll note kidney failure, dialysis three nights a week, and that she's stopped work. It's all confidential.", id = "record-all",
    go = "anything_else", mood = -10,
    breach = { "dpa.minimisation", "policy.data-handling", "energy.priority-services" },
    why = "He has asked whether you need it, and you don't. Recording a diagnosis 'to have everything' is collecting special category data "
      .. "with no purpose. And you still haven't offered the one thing that would help: the Priority Services Register." },
}

node "letter_row" {
  customer = "A letter from the consultant? She's got enough appointments as it is. Is that really needed?",
  choice { "No, sorry, I got that wrong: there's no letter needed. With Alison's OK, I just note what she needs. Can I tell you what it gives you?", id = "correct",
    go = "psr_what", mood = 5, set = { myth = "none", psr_offered = true },
    credit = { "ucp.misleading-rights", "heat.apologise" },
    why = "You put the mistake right straight away: the register needs no medical evidence." },
  choice { "It's the process, I'm afraid. Without something in writing from the hospital, I can't add her. Once it comes, we'll sort it.", id = "insist",
    go = "money", mood = -15,
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "There is no such rule. Insisting on it leaves a household that relies on a dialysis machine off the register, with no warning of planned power cuts." },
}

node "anything_else" {
  customer = "Ta. Oh, while I've got you: we had a letter from the electricity network about a planned power cut on the 14th, "
    .. "nine till three. Alison's machine runs off the mains. What do we do?",
  choice { "Power cuts are the network's job, not ours, so you'd need to ring them on 105 about that. There isn't anything we can do "
      .. "from here, I'm afraid.", id = "ring-105",
    go = "money", mood = -10,
    breach = { "energy.priority-services", "heat.own" },
    why = "105 is the right number for power cuts, but there is something you can do: put Alison on Northway's Priority Services Register and, "
      .. "with her agreement, share it with the network, so they know about the machine and give her extra help." },
  choice { "Sorry, I should have said earlier: Alison can join our Priority Services Register, free, so the network knows about the machine. Can I explain?", id = "offer-now",
    when = function(s) return s.myth ~= "pension" end,
    go = "psr_what", mood = 5, set = { psr_offered = true },
    credit = { "heat.apologise", "service.questioning" },
    why = "Late, but you've picked up the cue: powered medical equipment at home. Offering the register now puts it right." },
  choice { "Sorry, I was wrong earlier: the register isn't just for pensioners. With a machine at home, Alison can join, free. Can I explain?", id = "correct-pension",
    when = function(s) return s.myth == "pension" end,
    go = "psr_what", mood = 5, set = { psr_offered = true, myth = "none" },
    credit = { "heat.apologise", "ucp.misleading-rights", "service.questioning" },
    why = "You correct the myth you told him and offer the register now. Anyone relying on medical equipment can join, whatever their age." },
  choice { "Don't worry: as a medical household you'll be first to be put back on. I'll pop a note on the account so they know.", id = "first-back",
    go = "money", mood = 5, set = { faster_myth = true },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "Nobody is reconnected first, and a note on Northway's account tells the network nothing. Believing it, they may make no plan "
      .. "for the 14th. Offer the register, and with Alison's consent share her needs with the network." },
}

node "psr_what" {
  customer = "Go on, then. What does it actually do? We're not pensioners, you know. We're both in our fifties.",
  choice { "If the network plans a power cut, they'll warn you first, and in an emergency they give extra help. There's a password for callers, "
      .. "and bills in other formats. It's free.", id = "explain",
    go = "consent", mood = 5,
    credit = { "energy.priority-services", "service.clear-language" },
    why = "What the register gives, in plain words: warning of planned cuts and emergency help from the network, a password scheme, accessible bills. And it's free." },
  choice { "It means the network knows about the machine. There's a one-off £15 fee to set it up, which I can add to your next bill, "
      .. "and after that you get updates during any power cut.", id = "fee",
    go = "consent", mood = -5, set = { fee_myth = true },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "The Priority Services Register is free, always. Telling him there's a fee misstates what the licence gives him, "
      .. "and may put off a household that needs it." },
  choice { "The main thing is that if the power goes off, you're top of the list to be reconnected, so the machine won't be off for long. "
      .. "It costs nothing, and age doesn't matter.", id = "faster",
    go = "consent", mood = 10, set = { faster_myth = true },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "Being on the register doesn't mean faster reconnection. It means advance warning of planned cuts and extra support. "
      .. "A family told otherwise may not plan for a cut, with a dialysis machine in the house." },
}

node "consent" {
  customer = function(s)
    if s.fee_myth then
      return "Fifteen quid, eh? Go on then, if it helps. Put her on it."
    end
    return "Sounds good. Put her on it, then."
  end,
  choice { "No need to get her to the phone: you're the account holder, so you can agree it for the household. I'll add Alison now "
      .. "and pass her details to the network too. That part's automatic.", id = "just-add",
    go = "faster_q", set = { psr_registered = true, shared = true },
    breach = "energy.priority-services",
    why = "It's Alison's health, and she's at home. Recording it and sending it to the network needs her own agreement: "
      .. "health data is special category, and the register asks for consent to share with the network operator. Ask her." },
  choice { "As it's about Alison's health, I need her OK. Is she there? I'll note only what she needs, and ask if we can share it with the network.", id = "ask-alison",
    go = "alison", set = { alison_on = true },
    credit = { "dpa.third-party-authority", "dpa.minimisation" },
    why = "The needs are Alison's, so she agrees to them being recorded and shared. And you say up front you'll record only what's needed." },
  choice { "Great. To add her I'll need her date of birth, her NHS number, her consultant's name and her diagnosis. The more the network "
      .. "knows, the better they can help.", id = "everything",
    go = "alison", set = { over_collected = true, alison_on = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "The register needs to know what help she needs, not her medical file. An NHS number, consultant and diagnosis are special "
      .. "category data the task doesn't need." },
}

node "alison" {
  narration = function(s)
    if s.over_collected then
      return "A pause, a muffled word, and Gareth's wife comes on the line. \"Hello, it's Alison. Gareth says you want my NHS number "
        .. "and my consultant's name? I'm not sure about that.\""
    end
    return "A pause, a muffled word, and Gareth's wife comes on the line. \"Hello, it's Alison. Yes, please put me on it. "
      .. "But do you need to write down what's wrong with me?\""
  end,
  choice { "No. I'll just note 'home dialysis, relies on electricity'. Are you happy for us to share that with the network, so they can warn you and help?", id = "minimal",
    go = "faster_q", mood = 5, set = { psr_registered = true, shared = true, alison_agreed = true, over_collected = false },
    credit = { "dpa.minimisation", "policy.data-handling", "energy.priority-services" },
    why = "Only what the register needs, her own agreement, and consent to share with the network operator, which is what makes the warnings and emergency help work." },
  choice { "We need the condition itself, I'm afraid, or the network won't accept it. So it's kidney failure, is that right?", id = "need-condition",
    go = "faster_q", set = { psr_registered = true, over_collected = true },
    breach = { "dpa.minimisation", "policy.data-handling", "energy.priority-services" },
    why = "Not true. The register records the help needed, such as 'relies on electricity for home dialysis', not a diagnosis. "
      .. "And you've recorded it without asking whether she agrees to it going to the network." },
  choice { "It's best to have the full picture. I'll note your kidney condition, the dialysis three nights a week and that you've "
      .. "stopped work. It's all kept confidential, don't worry.", id = "full-record",
    go = "faster_q", set = { psr_registered = true, over_collected = true },
    breach = { "dpa.minimisation", "policy.data-handling", "energy.priority-services" },
    why = "She's asked whether you need it, and you don't. A diagnosis and her work situation are more than the register needs. "
      .. "And 'kept confidential' means the network won't hear about it: you haven't asked her consent to share." },
}

node "faster_q" {
  narration = function(s)
    if s.alison_agreed then
      return "\"Yes, that's fine,\" says Alison, and she hands the phone back to Gareth."
    end
    if s.alison_on then
      return "Alison sighs and hands the phone back to Gareth."
    end
    return "Gareth carries on."
  end,
  customer = function(s)
    if s.faster_myth then
      return "So we'd be first back on after a cut, like you said? That'd take a weight off Alison's mind."
    end
    if s.alison_on then
      return "Alison wants to know: if there's a power cut, would we be first to be put back on?"
    end
    return "And if there's a power cut, would we be first to be put back on?"
  end,
  choice { "That's for the network to say, not us. You'd have to ask them on 105 when it happens.", id = "not-us",
    go = "other_supplier",
    breach = "heat.own",
    why = "It's true that the network restores power, but you know the answer and they need it now: no, being on the register doesn't mean faster reconnection." },
  choice { "No, I'm sorry, nobody's put back on first. You'll get warning of planned cuts and extra help in an emergency. For any cut, ring 105.", id = "no-faster",
    go = "other_supplier", set = { faster_myth = false },
    credit = { "energy.priority-services", "ucp.misleading-rights", "service.expectations" },
    why = "Honest about the limits: the register means warning and support, not faster restoration. And 105 is the free number for any power cut." },
  choice { "Yes, medical households go to the top of the list, so any cut would be short for you. You'll be fine.", id = "yes-faster",
    go = "other_supplier", mood = 5, set = { faster_myth = true },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "Being on the register does not mean faster reconnection. A household that believes it may make no plan for a cut, with a dialysis machine at home." },
}

node "other_supplier" {
  customer = "Our gas is with Harbour Gas, mind. Does this cover them as well?",
  choice { "Yes, it's one national register, so Harbour Gas will see it automatically. You don't need to do anything else.", id = "one-register",
    go = "mum", set = { other_supplier = "wrong" },
    breach = { "energy.priority-services", "ucp.misleading-rights" },
    why = "Each supplier and each network keeps its own register. With different suppliers for gas and electricity, he needs to ask Harbour Gas to add Alison too." },
  choice { "Dialysis runs on electricity, so the gas side doesn't really matter. There's no need to bother Harbour Gas with it.", id = "gas-irrelevant",
    go = "mum", set = { other_supplier = "wrong" },
    breach = "energy.priority-services",
    why = "The gas supplier keeps its own register and gives its own help (a password for callers, accessible bills, help with meter readings). "
      .. "Ofgem's advice is to register with both suppliers." },
  choice { "No, each supplier keeps its own register, so ask Harbour Gas to add Alison too. It's free there as well.", id = "both",
    go = "mum", set = { other_supplier = "told" },
    credit = { "energy.priority-services", "service.clear-language" },
    why = "Right: a customer with different gas and electricity suppliers registers with each." },
}

node "mum" {
  customer = "One more thing. My mum's with you too: Joan Pryce, 12 Mill Lane. She's 84 and her sight's going. Can you put her on it, and check her last bill got paid? She frets.",
  choice { "Of course. I've found Joan Pryce at 12 Mill Lane: her last bill was paid on the 3rd, so she's fine there. I'll add her to the "
      .. "register now, with her sight loss noted.", id = "look-up",
    go = "mum_after", mood = 10, set = { mum_disclosed = true },
    breach = { "dpa.third-party-authority", "policy.authorised-person" },
    why = "Joan isn't on this call and hasn't agreed to Gareth dealing with her account. Telling him about her payments, and recording her "
      .. "sight loss on his say-so, is disclosure and a change to her account for someone with no authority. Being her son gives him none." },
  choice { "I can't look at your mum's account without her say-so. But she can join too, free: she can ring us, or ring with you there and agree to you helping.", id = "how-she-can",
    go = "money",
    credit = { "dpa.third-party-authority", "policy.authorised-person", "energy.priority-services" },
    why = "You don't touch her account, but you give him what he can use: she's eligible, it's free, and she can agree on a call to his helping, or make him an authorised person." },
  choice { "I can't talk about anyone else's account. Data protection. She'll have to ring us herself.", id = "flat-no",
    go = "money", mood = -10,
    credit = "dpa.third-party-authority",
    breach = { "heat.own", "service.professional" },
    why = "Right not to look, but general information needs no checks. An 84-year-old losing her sight is eligible for the register, "
      .. "and he could have been told how she can join and how she can let him help." },
}

node "mum_after" {
  narration = "As you finish, you notice Joan's account has no authorised person on it, and she has never agreed to anyone else dealing with it.",
  customer = "Brilliant. While you're there, what's her balance?",
  choice { "Her balance is £23.10 in credit, so nothing to worry about.", id = "carry-on",
    go = "money",
    breach = { "dpa.third-party-authority", "dpa.s170", "policy.authorised-person" },
    why = "You now know he has no authority, and you carry on. Knowingly disclosing personal data without the company's consent can be an offence under s.170 of the Data Protection Act 2018." },
  choice { "Actually, I'd better not go further. She can ring us herself.", id = "stop-quietly",
    go = "money",
    why = "Stopping is right, but you've said nothing about what you already disclosed. Giving personal data to the wrong person must be reported to the Data Protection Team at once." },
  choice { "Sorry, Gareth, I need to stop: I shouldn't have told you that, or added anything, without your mum's agreement. I'll report it to our Data Protection Team.", id = "stop-report",
    go = "money", mood = -5, set = { incident_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling", "heat.own" },
    why = "You can't undo the disclosure, but you stop it getting worse, leave her account alone and report it at once, as Northway's data policy requires." },
}

node "money" {
  customer = "Last thing. The direct debit went up to £168 last month. With Alison off work it's tight, and we're about £140 behind. Can anything be done?",
  choice { "The £168 is what the system sets from your usage, plus the £140 spread over three months. It can't go below that, "
      .. "I'm afraid, but the new date should help.", id = "system",
    go = "meter_worry", mood = -15, set = { plan = "system" },
    breach = "energy.ability-to-pay",
    why = "A repayment must be based on what the customer can afford, not a system minimum. He's told you money is tight: ask what he can manage, and offer help." },
  choice { "I'd keep it at £168 if you can. If a direct debit bounces, accounts in arrears get switched to prepayment, and you wouldn't want that with the machine.", id = "threat",
    go = "meter_worry", mood = -20, set = { plan = "threat" },
    breach = { "energy.prepayment-safeguards", "energy.ability-to-pay", "ucp.aggressive" },
    why = "Never use a prepayment meter as a threat. It's also false: a home where someone relies on powered medical equipment must not "
      .. "be moved to prepayment without agreement, and nothing is switched automatically." },
  choice { "Yes. Let's base it on what you can manage. Roughly what could you pay each month, with something towards the £140?", id = "afford",
    go = "plan", mood = 5,
    credit = { "energy.ability-to-pay", "service.questioning" },
    why = "You start from what he can afford, as the licence and Northway's policy ask, not from what the system works out." },
  choice { "Given everything you're dealing with, I'll write off the £140 and pause the direct debit for three months. You've enough on your plate.", id = "write-off",
    go = "meter_worry", mood = 15, set = { plan = "write-off" },
    breach = { "service.limits-of-authority", "service.seek-approval" },
    why = "Kind, but not yours to give. A write-off and a payment break are exceptions that need a team leader's approval first. "
      .. "Ask what he can afford, and refer him to Financial Support for the rest." },
}

node "plan" {
  customer = "About £130 a month, all in, I reckon. Is that enough?",
  choice { "Yes: £130 a month from the 20th, with part going to the £140. I'll ask Financial Support to check for other help, and free debt advice is there too.", id = "accept",
    go = "meter_worry", mood = 10, set = { plan = "afford" },
    credit = { "energy.ability-to-pay", "service.expectations" },
    why = "A plan from what he can afford, a referral for more help, and free independent debt advice, as Northway's billing policy and the licence ask." },
  choice { "It won't quite cover your usage, so let's say £150 to be safe. It's only twenty more, and it clears the £140 quicker.", id = "top-up",
    go = "meter_worry", mood = -10, set = { plan = "pushed" },
    breach = "energy.ability-to-pay",
    why = "He told you what he can afford, and you've pushed it up anyway. A plan he can't keep puts him further behind." },
  choice { "I can't set up plans myself, I'm afraid. Financial Support will ring you in the next few weeks to go through it.", id = "refer-vague",
    go = "meter_worry", mood = -5, set = { plan = "vague" },
    breach = { "energy.ability-to-pay", "heat.own" },
    why = "You can set a plan on what he can afford, and he's just told you the figure. Sending him away for weeks with no plan leaves the arrears growing." },
}

node "meter_worry" {
  customer = function(s)
    if s.plan == "threat" then
      return "Hang on. You said they'd switch us to prepayment? With her machine? My brother had a key meter put in when he got behind."
    end
    return "And they won't put one of those key meters in on us, will they? My brother had one put in when he got behind."
  end,
  choice { "I can't promise anything about meters, I'm afraid. That would be for the collections team to decide, if it ever got that far.", id = "cant-say",
    go = "notes",
    breach = "energy.prepayment-safeguards",
    why = "You can. Where someone needs a continuous supply for powered medical equipment, a prepayment meter must not be fitted or switched without agreement. "
      .. "Say so clearly and flag the account." },
  choice { "Those rules only protect homes where everyone's over 75, so I can't rule it out for you. Keeping up your payments is the best way to avoid one.", id = "over-75",
    go = "notes",
    breach = { "energy.prepayment-safeguards", "ucp.misleading-rights" },
    why = "Over-75s with no other support are only one protected group. A home where someone relies on powered medical equipment, "
      .. "such as a dialysis machine, must not be moved to prepayment without agreement." },
  choice { "No. With Alison's dialysis at home, we won't fit a prepayment meter or switch you to one unless you ask. I'll flag the account and tell Financial Support.", id = "no-ppm",
    go = "notes", mood = 10, set = { no_ppm_told = true },
    credit = "energy.prepayment-safeguards",
    why = "Clear and correct: a household relying on powered medical equipment is in the group where an involuntary prepayment meter must not be fitted. "
      .. "You say so, flag the account and pass it to Financial Support, as Northway's billing policy asks." },
}

-- The call ends where the route left it: a disclosure about his mother first, then whether Alison is registered.
local function after_notes(s)
  if s.mum_disclosed and not s.incident_reported then return "data_leak" end
  if s.mum_disclosed then return "data_reported" end
  if s.psr_registered then return "registered" end
  return "not_registered"
end

node "notes" {
  narration = "The call ends. You write the contact note.",
  choice { "DD date changed.", id = "bare",
    go = after_notes, set = { note = "bare" },
    breach = "policy.log-contact",
    why = "Record the reason, what was agreed and what happens next. This leaves out the payment plan, the register and the meter flag, so the next adviser starts from nothing." },
  choice { function(s)
      local t = "Wife (Alison) very poorly, on dialysis for her kidneys 3 nights a week, has had to give up work."
      t = t .. " Husband seemed stressed, finances in a mess."
      if s.psr_registered then t = t .. " Added to PSR." end
      if s.plan == "afford" then t = t .. " Plan £130/month; he'll probably struggle." end
      return t .. " DD moved to the 20th."
    end,
    id = "too-much",
    go = after_notes, set = { note = "too-much" },
    credit = "policy.log-contact",
    breach = { "dpa.minimisation", "dpa.accurate-notes" },
    why = "A diagnosis the register doesn't need, and guesses written as facts ('stressed', 'in a mess', 'will probably struggle'). "
      .. "Health notes must be only what's needed, and the family can see them through a subject access request." },
  choice { function(s)
      local t = "Customer asked to move DD date from 1st to 20th: done."
      if s.psr_registered and s.alison_agreed then
        t = t .. " PSR: Alison Pryce (lives here), relies on electricity for home dialysis; added with her agreement; consent to share with network operator."
      elseif s.psr_registered and s.shared then
        t = t .. " PSR: Alison Pryce added (home dialysis) on the account holder's say-so; details passed to the network operator without her consent."
      elseif s.psr_registered then
        t = t .. " PSR: Alison Pryce added (home dialysis); no consent to share with the network operator."
      else
        t = t .. " PSR not set up."
      end
      if s.other_supplier == "told" then t = t .. " Advised to register with gas supplier (Harbour Gas) too." end
      if s.plan == "afford" then
        t = t .. " Arrears £140: plan £130/month from the 20th, based on what he can afford; Financial Support referral; debt advice given."
      elseif s.plan == "write-off" then
        t = t .. " Arrears £140: told customer they would be written off and the DD paused for 3 months (not approved)."
      elseif s.plan == "pushed" then
        t = t .. " Arrears £140: plan set at £150/month; customer said he could afford £130."
      else
        t = t .. " Arrears £140; no affordable plan agreed."
      end
      if s.no_ppm_told then t = t .. " Flag: powered medical equipment in home; no involuntary PPM. Customer told; passed to Financial Support." end
      if s.mum_disclosed then
        t = t .. " Mother's (Joan Pryce) payment details disclosed to customer without her consent."
        if s.incident_reported then t = t .. " Reported to Data Protection Team." end
      end
      return t
    end,
    id = "factual",
    go = after_notes, set = { note = "factual" },
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "The facts, the agreements and the flags, with only the health detail the register needs. Anyone picking it up knows what to do." },
}

-- What happened about his arrears and the meter, for both endings where the call ran its course.
local function money_summary(s)
  local t
  if s.plan == "afford" then
    t = " His arrears are on a plan he can afford, with a referral for more help."
  elseif s.plan == "threat" and s.no_ppm_told then
    t = " He was threatened with a prepayment meter before you put it right, and his arrears are not on a plan he can afford."
  elseif s.plan == "threat" then
    t = " He was told, wrongly, that a missed payment would put them on prepayment, and his arrears are not on a plan he can afford."
  elseif s.plan == "write-off" then
    t = " You promised to write off his arrears and pause his payments, which needed a team leader's approval first."
  elseif s.plan == "pushed" then
    t = " His plan was pushed above what he said he could afford."
  else
    t = " His arrears are not on a plan based on what he can afford."
  end
  if s.no_ppm_told then
    t = t .. " He knows no prepayment meter will be forced on a home with a dialysis machine."
  else
    t = t .. " Nobody told him that a home relying on a dialysis machine is protected from a forced prepayment meter."
  end
  return t
end

ending "registered" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 70 then
      return "Well, I only rang about a date. Thanks, love. That's a weight off."
    end
    return "Right. Thanks. Bye now."
  end,
  summary = function(s)
    local t = "Gareth Pryce rang about a direct debit date. Alison is now on Northway's Priority Services Register"
    if s.alison_agreed then
      t = t .. ", with her agreement, and the network operator will know about her machine, so they can warn her of planned cuts."
    elseif s.shared then
      t = t .. ", but her health details were recorded and sent to the network operator without anyone asking her."
    else
      t = t .. ", but without her agreement to share it with the network operator, who run the warnings and emergency help."
    end
    if s.faster_myth then
      t = t .. " They still believe they'll be reconnected first, which isn't what the register does."
    end
    if s.fee_myth then
      t = t .. " They were told, wrongly, that it costs £15."
    end
    if s.over_collected then t = t .. " More of Alison's health details were recorded than the register needs." end
    if s.other_supplier == "wrong" then t = t .. " They weren't told to register with their gas supplier too, as each supplier keeps its own register." end
    return t .. money_summary(s)
  end,
}

ending "not_registered" {
  kind = "unresolved",
  customer = "Right. Thanks for moving the date, anyway.",
  summary = function(s)
    local t = "The direct debit date was moved, but Alison, who relies on a dialysis machine at home, is not on the Priority Services Register."
    if s.myth == "letter" then
      t = t .. " Gareth was told he needs a consultant's letter, which isn't true."
    elseif s.myth == "pension" then
      t = t .. " Gareth was told it was only for pensioners, which isn't true."
    end
    if s.faster_myth then
      t = t .. " He was told they'd be reconnected first, so they may make no plan for the cut on the 14th."
    end
    t = t .. " The network won't know about the machine, and there'll be no priority support if the power fails."
    return t .. money_summary(s)
  end,
}

ending "data_reported" {
  kind = "escalated",
  narration = "After the call, you fill in the data incident form and tell your team leader what you told Gareth about his mother's account.",
  summary = "You told Gareth about his mother's account, and recorded her sight loss, without her agreement. That was an unauthorised "
    .. "disclosure. Reporting it at once was right: the Data Protection Team can now assess it and decide who needs to be told.",
}

ending "data_leak" {
  kind = "lost",
  customer = "Cheers. Bye.",
  summary = "You told Gareth about his mother's account without her agreement and never reported it. Joan Pryce's details went to someone "
    .. "with no authority, and Northway can't protect her or meet its duty to record the breach.",
  breach = { "dpa.breach-report", "policy.data-handling" },
}

expect { best_grade = "Distinction" }
expect { best_ending = "registered" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
