-- Frontline scenario: a laptop hinge cracks at 10 weeks. The 30-day short-term right to reject has
-- passed; repair or replacement is the remedy (the customer chooses), the six-month presumption puts
-- the burden on the shop, and once she reveals an earlier failed repair the final right applies.
-- Organisation: Brightmart (high-street electricals retailer), service desk.

scenario {
  id = "brightmart.fault-after-30-days",
  title = "The laptop hinge at ten weeks",
  brief = "Megan Lloyd bought a £649 laptop in this Brightmart store ten weeks ago and paid by debit card. "
    .. "She has the receipt. The left-hand screen hinge has cracked and the screen wobbles. "
    .. "She wants her money back. You are on the service desk.",
  organisation = "brightmart",
  role = "Customer service assistant at the Brightmart service desk",
  level = 3,
  minutes = 12,
  topics = { "consumer-rights", "complaints", "data-protection", "escalation", "heat" },
  customer = { name = "Megan Lloyd", look = "woman-in-her-twenties", mood = 30 },
  start = "arrives",
  state = {
    price = "£649",
    inspected = false,
    asked_history = false,
    prior_repair = false,
    record_checked = false,
    options_explained = false,
    misinformed = false,
    rescued = false,
    mistake = "none",
    remedy = "none",
    approved = false,
    sheet_reported = false,
    sheet_binned = false,
    logged = "none",
  },
}

node "arrives" {
  narration = "A young woman in a hospital lanyard lifts a laptop out of a rucksack and opens it on the desk. "
    .. "The screen flops backwards on its left side.",
  customer = "Look at that. Ten weeks old, six hundred and forty-nine quid, and the hinge has snapped. "
    .. "I want my money back, please. Honestly, this laptop has been nothing but trouble.",
  choice { "Ten weeks? Refunds are only within 30 days, I'm afraid, so there's nothing I can do about that.", id = "too-late",
    go = "nothing_row", mood = -20, set = { misinformed = true, mistake = "nothing" },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "The 30-day full refund has passed, but her rights haven't ended. Faulty goods must still be repaired or replaced, at her choice. Saying 'nothing I can do' misstates her rights." },
  choice { "Oh dear, that looks painful, and I'm sorry it's let you down. Tell me what happened.", id = "listen",
    go = "describe", mood = 10, credit = { "heat.hear", "heat.empathise", "heat.apologise" },
    why = "Letting her explain, and acknowledging how annoying it is, calms things down before you get to the legal detail." },
  choice { "After 30 days, faults are covered by the manufacturer's warranty. Their helpline's on the box.", id = "manufacturer",
    go = "manufacturer_row", mood = -20, set = { misinformed = true },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "Her contract is with Brightmart, not the manufacturer. A warranty sits alongside her Consumer Rights Act rights against the shop; it doesn't replace them." },
}

node "describe" {
  customer = "I opened it on Sunday, same as always, and heard a crack like a twig snapping. "
    .. "The plastic round the hinge has split. And no, I haven't dropped it, whatever the lad on the other till thinks.",
  choice { "Hinges don't usually crack on their own. Are you sure nobody's dropped it or sat on it?", id = "doubt",
    go = "misuse_row", mood = -15, set = { mistake = "doubt" },
    breach = "service.professional",
    why = "She has just told you she hasn't dropped it. Questioning her honesty before you've even looked at the laptop is blaming the customer." },
  choice { "I believe you. Do you mind if I have a proper look at the hinge and the casing?", id = "inspect",
    go = "inspected", minutes = 2, set = { inspected = true },
    credit = { "complaint.investigate", "service.professional" },
    why = "Looking at the laptop before you decide anything is a fair, proportionate check, and it shows her you're taking her seriously." },
  choice { "You said it's been nothing but trouble. Has something gone wrong with it before?", id = "ask-history",
    when = "not asked_history",
    go = "history", set = { asked_history = true, prior_repair = true },
    credit = { "service.questioning", "heat.hear" },
    why = "Picking up on 'nothing but trouble' is active listening. Its history could change which remedies she's entitled to." },
  choice { "As it's past our 30-day returns window, it'll need to go off to our repair centre. I'll book it in now; they're usually quick, two or three weeks at most.", id = "book-repair",
    go = "repair_row", mood = -15, set = { misinformed = true, mistake = "repair" },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "After 30 days she can't simply reject it, but she still chooses between a repair and a replacement, and you haven't even looked at it or asked about its history. Telling her it must be repaired misstates her rights." },
}

node "inspected" {
  narration = "You tilt the laptop under the desk lamp. The left hinge has sheared where it meets the screen, and the plastic has split from the inside outwards. "
    .. "There are no dents, scuffs or cracks on the corners or the lid.",
  customer = function(s)
    if s.mood < 30 then
      return "Well? Go on, tell me it's my fault."
    end
    return "Well? What's the verdict?"
  end,
  choice { "Hinges don't crack by themselves, and accidental damage isn't covered. Unless you can show me it wasn't dropped, I'll have to book it in as damage, which is chargeable.", id = "prove-it",
    go = "misuse_row", mood = -20, set = { misinformed = true, mistake = "prove" },
    breach = { "cra.six-month-presumption", "ucp.misleading-rights", "service.professional" },
    why = "Within six months of delivery the burden is on the shop, not her. You've just seen no sign of misuse, so demanding that she proves a negative misstates her rights." },
  choice { "No sign of a knock; it's split from the inside. And it's under six months old, so the law treats it as a fault "
      .. "from the start unless we can show otherwise. You don't have to prove anything.", id = "presumption",
    go = "remedies", mood = 10,
    credit = { "cra.six-month-presumption", "cra.satisfactory-quality", "service.clear-language" },
    why = "Within six months of delivery the fault is presumed to have been there from the start, so the shop would need evidence of misuse. A hinge that fails at ten weeks with no marks isn't of satisfactory quality." },
  choice { "It's definitely failed. Before we talk about what happens next, you said it's been nothing but trouble. Has it gone wrong before?", id = "ask-history",
    when = "not asked_history",
    go = "history", set = { asked_history = true, prior_repair = true },
    credit = { "service.questioning", "cra.satisfactory-quality" },
    why = "You've confirmed the fault, and now you're following up on what she said earlier. Its history could change her options." },
}

node "misuse_row" {
  customer = function(s)
    if s.mistake == "doubt" then
      if s.mood < 20 then
        return "Yes, I'm sure! I'm a nurse, I'm careful with everything. Nobody's sat on it. Are you calling me a liar? I want someone senior."
      end
      return "Yes, I'm sure. Nobody's sat on it. It lives on my desk. Are you calling me a liar?"
    end
    if s.mood < 20 then
      return "Prove it? How am I supposed to prove I didn't drop something? I'm a nurse, I'm careful with everything. This is ridiculous. I want someone senior."
    end
    return "Prove it? How am I supposed to prove I didn't drop something? Look at it! There isn't a mark on it."
  end,
  choice { "You're right, and I'm sorry. That was unfair of me. It's under six months old, so it's for us to show you caused it, not for you to prove you didn't, and there's no sign of any damage.", id = "backtrack",
    when = "inspected",
    go = "remedies", mood = 10,
    credit = { "cra.six-month-presumption", "heat.apologise", "heat.own" },
    why = "Owning the mistake and stating the six-month rule correctly puts her rights back on track before things escalate." },
  choice { "Sorry, I jumped ahead. Let me look at it properly before anyone decides anything.", id = "look-first",
    when = "not inspected",
    go = "inspected", mood = 5, minutes = 2, set = { inspected = true },
    credit = { "heat.apologise", "complaint.investigate" },
    why = "Checking the laptop instead of guessing at the cause repairs a poor start, and you can base what you say on what you actually see." },
  choice { "That's our policy on accidental damage, I'm afraid. It's not me being awkward.", id = "insist",
    go = "wants_manager", mood = -20, set = { misinformed = true },
    breach = { "cra.six-month-presumption", "ucp.misleading-rights" },
    why = "No shop policy can move the burden of proof the law puts on the trader for the first six months. Hiding behind 'policy' makes it worse." },
}

node "nothing_row" {
  customer = function(s)
    if s.mood < 20 then
      return "Nothing? For a six-hundred-pound laptop? That's disgusting. Get me a manager."
    end
    return "Nothing at all? It's ten weeks old. Surely you have to sort out faults for at least six months?"
  end,
  choice { "Sorry, I put that badly. The full refund in the first 30 days has passed, but you haven't lost your rights. It's faulty, so we have to put it right. Can you tell me what happened?", id = "correct",
    go = "describe", mood = 10,
    credit = { "heat.apologise", "cra.short-term-reject", "cra.repair-or-replace" },
    why = "Correcting yourself quickly is the right move: the 30-day full refund has gone, but repair or replacement is still her right." },
  choice { "That's the old rules. It's 30 days now.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "She's nearer the mark than you: her rights don't stop at six months, but a ten-week-old laptop with a fault must still be repaired or replaced. Doubling down sends her to a manager." },
}

node "manufacturer_row" {
  customer = "I didn't buy it from the manufacturer. I bought it from you, at that till, with my card. Why should I ring some call centre abroad?",
  choice { "You're quite right, I'm sorry. You bought it from us, so it's Brightmart's job to sort it, not theirs. Tell me what happened.", id = "correct",
    when = "not prior_repair",
    go = "describe", mood = 10,
    credit = { "cra.retailer-liable", "heat.apologise", "heat.own" },
    why = "Her contract is with the retailer. Admitting the mistake and taking responsibility gets you back on track." },
  choice { "You're quite right, I'm sorry. You bought it from us, so it's Brightmart's job to sort it, whoever did the repair. And as our repair hasn't fixed it, you can now have a refund or a price reduction. It's your choice.", id = "correct-final",
    when = "prior_repair",
    go = "final_choice", mood = 10,
    credit = { "cra.retailer-liable", "cra.final-right", "heat.apologise" },
    why = "Her rights are against the shop that sold it, whoever it used for the repair. One failed repair means she can now choose a refund or a price reduction." },
  choice { "It's the quickest way, honestly. They're the ones who make the parts.", id = "insist",
    go = "walked_out", mood = -20,
    breach = { "cra.retailer-liable", "ucp.misleading-rights", "heat.own" },
    why = "Who makes the parts doesn't matter: the Consumer Rights Act makes the shop that sold it responsible. She leaves with nothing from the business that owes her a remedy." },
}

node "remedies" {
  customer = function(s)
    if s.mood < 35 then
      return "Fine. So do I get my money back or not? I need a laptop for my course."
    end
    return "OK. So can I have my money back, then? I need a laptop for my course."
  end,
  choice { "We'll send it away for repair. It's usually two to three weeks. We don't swap laptops.", id = "repair-only",
    go = "repair_row", mood = -15, set = { misinformed = true, mistake = "repair" },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "She chooses between repair and replacement. The shop can refuse her choice only if it is impossible or out of proportion to the other, not as a blanket rule." },
  choice { "After 30 days a refund's off the table, I'm afraid, but I can give you a credit note for the full £649 today, so you can choose another laptop straight away.", id = "credit-note",
    go = "credit_row", mood = -15, set = { misinformed = true, mistake = "credit" },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "A credit note is not a remedy the law gives her at this stage. It's repair or replacement, her choice, then a refund or price reduction if that fails." },
  choice { "It's past 30 days, so the automatic refund has gone. Now we put it right with a repair or a replacement, "
      .. "and you choose. If that doesn't fix it, you can have a refund or a price cut.", id = "explain",
    go = "options_reaction", set = { options_explained = true },
    credit = { "cra.short-term-reject", "cra.repair-or-replace", "service.clear-language" },
    why = "This is accurate and plain: the 30-day short-term right has gone, the next remedy is repair or replacement at her choice, and she knows what follows if that fails." },
  choice { "Before I answer, you said it's been nothing but trouble. Has it gone wrong before?", id = "ask-history",
    when = "not asked_history",
    go = "history", set = { asked_history = true, prior_repair = true },
    credit = "service.questioning",
    why = "Checking its history first is good questioning. An earlier repair would change which remedy applies." },
}

node "repair_row" {
  customer = function(s)
    if s.mood < 20 then
      return "Three weeks? And you won't even swap it? I've got assignments due. I'm not having this. I want the manager."
    end
    return "Two or three weeks with no laptop? I've got assignments due. Can't you just give me a new one?"
  end,
  choice { "Sorry, I got that wrong. It's your choice: a repair or a replacement. If a repair doesn't suit you because of your course, a replacement's fine.", id = "correct",
    go = "options_reaction", mood = 10, set = { options_explained = true },
    credit = { "cra.repair-or-replace", "heat.apologise" },
    why = "Putting the choice back with her is what s.23 of the Consumer Rights Act requires, and it fixes the mistake." },
  choice { "It's repair first for laptops, that's how it works.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "It's the customer who chooses. A blanket 'repair first' rule isn't the law, and insisting on it pushes her to escalate." },
}

node "credit_row" {
  customer = function(s)
    if s.mood < 20 then
      return "A credit note? To spend in here? After this? No chance. Get me the manager."
    end
    return "A credit note? I don't want to spend six hundred quid in here again. I want a laptop that works, or my money."
  end,
  choice { "I'm sorry, that wasn't right. Your options are a repair or a replacement, and you choose which. If that doesn't fix it, you can have a refund or a price reduction.", id = "correct",
    go = "options_reaction", mood = 10, set = { options_explained = true },
    credit = { "cra.repair-or-replace", "heat.apologise" },
    why = "You've set the remedies out in the right order and put the choice with her." },
  choice { "A credit note's all I'm allowed to offer after 30 days.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "This misstates her rights. If your own authority is limited, escalate; don't tell her the law is something it isn't." },
}

node "options_reaction" {
  customer = function(s)
    if s.mood < 40 then
      return "So I'm stuck with either your repair shop or another one of these. Great. I told you, it's been nothing but trouble."
    end
    return "Right. Well, I don't really trust it, to be honest. Like I said, it's been nothing but trouble."
  end,
  choice { "Laptops get three repairs before anyone talks about refunds, so let's start with the first one.", id = "three-repairs",
    go = "three_repairs_row", mood = -15, set = { misinformed = true },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "'Three repairs' is a myth. She chooses repair or replacement, and after one failed attempt she can ask for a refund or a price reduction." },
  choice { "When you say nothing but trouble, has it gone wrong before? Has it been back to us?", id = "ask-history",
    when = "not asked_history",
    go = "history", set = { asked_history = true, prior_repair = true },
    credit = { "service.questioning", "heat.hear" },
    why = "She's said it twice now. Asking what she means is active listening, and an earlier repair would change her remedies." },
  choice { "So which would you like, a repair or a replacement?", id = "which",
    when = "not prior_repair",
    go = "choose_remedy",
    credit = "cra.repair-or-replace",
    why = "Asking her to choose is right under s.23, but you've skipped past 'nothing but trouble' twice. What she's hinting at could matter." },
}

node "choose_remedy" {
  customer = "A replacement, then. I'm not waiting weeks for a repair with my assignments due.",
  choice { "No problem. We've got the same model in stock, so I'll swap it for a new one now. If the new one goes wrong, bring it straight back.", id = "replace",
    go = "replaced_unasked", mood = 10, minutes = 4, set = { remedy = "replacement" },
    credit = { "cra.repair-or-replace", "service.expectations" },
    why = "She chose a replacement and you gave it without delay. But you never asked what 'nothing but trouble' meant." },
  choice { "Replacements have to be approved by the manufacturer, so I'll need to send it off for assessment first.", id = "assess",
    go = "wants_manager", mood = -15, set = { misinformed = true },
    breach = { "cra.repair-or-replace", "cra.retailer-liable", "ucp.misleading-rights" },
    why = "The remedy is Brightmart's to provide, at her choice. Sending it to the manufacturer for 'assessment' first adds delay the law doesn't allow for." },
}

node "history" {
  customer = function(s)
    if s.mood < 30 then
      return "Yes! That's what I've been trying to tell you! Week six, the same hinge started creaking and the case lifted. "
        .. "You sent it off for nine days and it came back with a sticker saying 'hinge assembly replaced'. And now look at it."
    end
    return "Yes, actually. Week six, this same hinge started creaking and the case lifted at the corner. "
      .. "You sent it off, I was without it for nine days, and it came back with a sticker saying 'hinge assembly replaced'. And now this."
  end,
  choice { "Then things are different. We've had one go at repairing it and it's failed again, so you're now entitled to a refund or a price reduction. It's your choice.", id = "final-right",
    go = "final_choice", mood = 15,
    credit = { "cra.final-right", "service.clear-language" },
    why = "After one repair that hasn't fixed it, the final right to reject or a price reduction is available. Saying so plainly is exactly right." },
  choice { "Let me pull up the repair record on the system so I've got the details exactly right.", id = "check-record",
    go = "record_checked", minutes = 2, set = { record_checked = true },
    credit = "complaint.investigate",
    why = "Checking the record confirms what she's told you, so the decision and your notes rest on facts, not memory." },
  choice { "We're allowed three goes at a repair before a refund comes into it, and that was only the first. I'll book it in again as a priority, so it's back in about a week.", id = "three-repairs",
    go = "three_repairs_row", mood = -20, set = { misinformed = true },
    breach = { "cra.final-right", "ucp.misleading-rights" },
    why = "After one failed repair she can ask for a refund or a price reduction. 'Three repairs' is one of the most common myths." },
  choice { "Then it's still under the repair centre's own 90-day warranty, so I'll send it back to them to redo. That's quicker for you than going through a refund.", id = "repair-warranty",
    go = "three_repairs_row", mood = -10, set = { misinformed = true },
    breach = { "cra.final-right", "ucp.misleading-rights" },
    why = "A warranty on the repair doesn't replace her rights. One repair has failed, so she can now choose a refund or a price reduction, and it's her choice, not the quickest route for the shop." },
}

node "record_checked" {
  narration = "You scan the serial number. The repair record shows job R-20418: 'Left hinge assembly replaced. Casing refitted.' It went out in week six and came back nine days later.",
  customer = "See? It's all there. Same hinge.",
  choice { "I see it went to the manufacturer's own service centre, so the repair's their responsibility now. I'll give you their number; they'll want the job reference.", id = "manufacturer",
    go = "manufacturer_row", mood = -20, set = { misinformed = true },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "It doesn't matter who Brightmart used to do the repair. Her rights are against the shop she bought it from." },
  choice { "It's all here, and I'm sorry you've been through this twice. Our repair hasn't fixed it, so you can now have a refund or a price cut. Your choice.", id = "final-right",
    go = "final_choice", mood = 15,
    credit = { "cra.final-right", "heat.apologise", "service.clear-language" },
    why = "The record confirms one repair, and the laptop still isn't right, so the final right to reject or a price reduction now applies. Saying sorry for the hassle matters too." },
  choice { "This one will need another repair, I'm afraid. It'll get a new job number, so it counts as a new fault, and the refund rules start again from there.", id = "new-fault",
    go = "three_repairs_row", mood = -15, set = { misinformed = true },
    breach = { "cra.final-right", "ucp.misleading-rights" },
    why = "A job number changes nothing. After one repair the laptop still isn't right, and that alone opens the final right: it wouldn't matter if this were a different fault from the first (Consumer Rights Act s.24(5)). She can now choose a refund or a price reduction." },
}

node "three_repairs_row" {
  customer = function(s)
    if s.mood < 20 then
      return "Three? I've read up on this. One go, and then I can have my money back. I want to speak to whoever's in charge."
    end
    return "Hang on. I looked this up last night. It says if the repair doesn't work, I can ask for my money back. Is that wrong?"
  end,
  choice { "No, you're right, and I'm sorry. After one repair that hasn't put it right, you can choose a refund or a price reduction.", id = "correct",
    when = "prior_repair",
    go = "final_choice", mood = 10,
    credit = { "cra.final-right", "heat.apologise" },
    why = "Correcting the myth straight away means she leaves with accurate information and the remedy she's entitled to." },
  choice { "You're right that it's one attempt, not three, and I'm sorry. Has it already had a repair?", id = "ask",
    when = "not prior_repair",
    go = "history", mood = 5, set = { asked_history = true, prior_repair = true },
    credit = { "heat.apologise", "service.questioning" },
    why = "You correct the myth and ask the question that decides which remedy applies." },
  choice { "I'm afraid that's what we do here.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = "ucp.misleading-rights",
    why = "A shop's routine can't override the law: one failed repair or replacement, then a refund or a price reduction." },
}

node "final_choice" {
  customer = function(s)
    if s.mood >= 60 then
      return "Oh, thank goodness. A refund, please. Will I lose money because I've had it ten weeks?"
    end
    return "A refund. Obviously. And don't tell me you're knocking money off because I've used it for ten weeks."
  end,
  choice { "You'll get most of it back. We take a bit off for the ten weeks you've had the use of it, about £100, which is fair on a laptop that's been used every day.", id = "deduct",
    go = "deduction_row", mood = -20, set = { misinformed = true },
    breach = { "cra.final-right", "ucp.misleading-rights" },
    why = "On the final right, a deduction for use is allowed only after the first six months from delivery (cars aside). At ten weeks she gets the full price back." },
  choice { "I'll just put the £649 straight back on your card myself. No need to bother anyone.", id = "just-do-it",
    go = "job_sheet", mood = 10, minutes = 2, set = { remedy = "refund" },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "She's entitled to the refund, but Brightmart only lets you authorise refunds up to £50 yourself. Bypassing the supervisor is acting outside your authority, even for the right outcome." },
  choice { "No, nothing comes off: it's under six months. The full £649 goes back on your debit card. "
      .. "A refund that size needs my supervisor's OK, which takes a couple of minutes.", id = "with-approval",
    go = "supervisor", mood = 5, minutes = 2, set = { remedy = "refund" },
    credit = { "cra.final-right", "cra.refund-same-method", "policy.refund-limit", "service.limits-of-authority", "service.expectations" },
    why = "On the final right no deduction for use is allowed within six months of delivery, and the refund goes back the way she paid. Over £50 needs a supervisor under Brightmart's refund policy, and you tell her how long it will take." },
  choice { "Refunds after 30 days are by credit note only, I'm afraid.", id = "credit-note",
    go = "deduction_row", mood = -15, set = { misinformed = true },
    breach = { "cra.refund-same-method", "ucp.misleading-rights" },
    why = "A refund under the right to reject goes back the way she paid unless she agrees otherwise. She paid by debit card." },
}

node "deduction_row" {
  customer = function(s)
    if s.mood < 20 then
      return "No. Absolutely not. I've had this thing in your repair shop for nine of those days. I want the manager."
    end
    return "That's not right, is it? It's been broken or in your repair shop half the time I've had it."
  end,
  choice { "You're right, I'm sorry. It's under six months, so the full £649 goes back on your debit card, "
      .. "nothing off. A refund that size needs my supervisor's OK. That's routine and takes a couple of minutes.", id = "correct",
    go = "supervisor", mood = 10, minutes = 2, set = { remedy = "refund" },
    credit = { "cra.final-right", "cra.refund-same-method", "policy.refund-limit", "heat.apologise" },
    why = "Correcting yourself and setting out the full refund, the right way, within Brightmart's approval process puts things right." },
  choice { "That's the standard deal on refunds after 30 days.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = "ucp.misleading-rights",
    why = "There's no such standard deal. Within six months the final right to reject gives a full refund, back the way she paid." },
}

node "supervisor" {
  narration = "You call Tom Reid, the duty supervisor, over to the desk.",
  customer = function(s)
    if s.mood < 40 then
      return "Two minutes, you said. I've been here twenty already."
    end
    return "Thanks. I really appreciate you sorting this."
  end,
  choice { "Tom, can you OK a refund on this? She's kicking off about her laptop.", id = "vague",
    go = "job_sheet", mood = -10, minutes = 4, set = { approved = true },
    breach = { "service.escalate-clearly", "service.professional" },
    why = "A vague, loaded handover in front of the customer is unprofessional. Tom has to start again, and she has to explain everything twice." },
  choice { "Tom, this is Ms Lloyd. £649 laptop, bought here ten weeks ago on debit card. Hinge replaced in week six, "
      .. "now cracked again, no damage. One failed repair, so a full refund under the final right. It's over my £50 limit.", id = "handover",
    go = "job_sheet", mood = 5, minutes = 2, set = { approved = true },
    credit = { "service.escalate-clearly", "policy.escalation", "policy.refund-limit" },
    why = "A short, factual handover: what she bought, the repair history, the legal basis and why you need his authority. Tom can approve without her repeating anything." },
  choice { "Tom, this is Ms Lloyd. She's had a really rotten time with her laptop and with us, so could you have a word and sort something out for her? I'll leave her with you.", id = "leave-it",
    go = "job_sheet", mood = -5, minutes = 5, set = { approved = true },
    breach = { "service.escalate-clearly", "policy.escalation" },
    why = "Kind words, but no facts: Tom doesn't know the price, the failed repair, the remedy she's owed or what you need from him, so she has to tell it all again. A handover should give him the summary and the decision needed." },
}

node "job_sheet" {
  narration = "While the refund is put through, Megan pulls a folded sheet of paper from her rucksack.",
  customer = "Oh, and this. When the laptop came back from your repair centre, this was in the bag. "
    .. "It's somebody else's job sheet. Name, address, phone number, even the password for their computer. I didn't know what to do with it.",
  choice { "Don't worry about it. I'll pop it in the shredder and that's the end of it.", id = "shred",
    go = "wrap_up", set = { sheet_binned = true },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "Another customer's personal data went to the wrong person. That's a personal data breach, and it must be reported internally at once so the data protection team can decide what to do. Shredding it quietly hides it." },
  choice { "Thank you for handing it in. That's another customer's personal data, so I'm reporting it to our Data Protection Team now, "
      .. "and I'll note that you gave it to us today.", id = "report",
    go = "wrap_up", mood = 5, minutes = 2, set = { sheet_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling", "heat.own" },
    why = "A misdirected job sheet is a personal data breach. Reporting it internally at once lets the data protection team decide whether the ICO or the other customer must be told." },
  choice { "Could you post it back to them on your way home? The address is on it.", id = "post-back",
    go = "wrap_up", mood = -5, set = { sheet_binned = true },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "Asking the customer to deal with it spreads the breach further and hides it from the people who must assess it. Take it and report it internally at once." },
  choice { "Oh no, that's awful. I'll ring that customer on the number on the sheet to warn them and apologise, then shred it, so it can't go any further.", id = "ring-them",
    go = "wrap_up", set = { sheet_binned = true },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "Your heart's in the right place, but it's still a personal data breach handled quietly. Brightmart's rule is to report it to the Data Protection Team at once and never fix it yourself: they decide whether the customer and the regulator are told." },
}

node "wrap_up" {
  narration = function(s)
    if s.approved then
      return "Tom authorises the refund. The £649 goes back to Megan's debit card and the till prints a refund slip."
    end
    return "The till prints a refund slip for £649 to Megan's debit card."
  end,
  customer = function(s)
    if s.mood >= 50 then
      return "Thank you. Honestly, I came in expecting a fight. Will you write down what happened with the repair? I don't want the next person going through this."
    end
    return "Right. Will anyone actually write down what happened with the repair? Because it wasn't good enough."
  end,
  choice { "It's sorted now, so there's nothing to log really.", id = "no-log",
    go = function(s)
      if s.sheet_binned then return "refunded_breach_hidden" end
      return "refunded"
    end,
    mood = -5, set = { logged = "none" },
    breach = { "policy.log-contact", "complaint.log" },
    why = "She has asked for her dissatisfaction to be recorded. If it isn't logged, nobody will look at why the repair failed." },
  choice { "Yes, I'm logging it all: the purchase, the week-six repair, the hinge going again and your complaint. "
      .. "You'll get an email with a reference by the end of tomorrow, saying who's handling it.", id = "log",
    go = function(s)
      if s.sheet_binned then return "refunded_breach_hidden" end
      return "refunded"
    end,
    mood = 10, minutes = 2, set = { logged = "factual" },
    credit = { "policy.log-contact", "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "dpa.accurate-notes" },
    why = "A factual record of the contact, the repair history and her complaint means the repair failure can be looked into. Brightmart acknowledges complaints with a reference within one working day, and you tell her so." },
  choice { "I'll stick a note on. 'Customer upset about hinge, probably heavy-handed.' That'll do.", id = "opinion-note",
    go = function(s)
      if s.sheet_binned then return "refunded_breach_hidden" end
      return "refunded"
    end,
    mood = -10, set = { logged = "opinion" },
    breach = { "dpa.accurate-notes", "complaint.log" },
    why = "Notes must be factual. An unsupported opinion that she was 'heavy-handed' is inaccurate, contradicts what you found, and she could see it in a subject access request. Her complaint isn't recorded either." },
  choice { "Yes, I'll log the lot: the purchase, the repair, the hinge going again and your complaint. I'll add that you work at the hospital, too, so they treat it as urgent.", id = "over-record",
    go = function(s)
      if s.sheet_binned then return "refunded_breach_hidden" end
      return "refunded"
    end,
    mood = 5, minutes = 2, set = { logged = "over" },
    credit = { "complaint.log", "policy.log-contact" },
    breach = "dpa.minimisation",
    why = "Logging the complaint is right, but where she works has nothing to do with a laptop refund. Recording personal details the case doesn't need breaks data minimisation, and she could read the note in a subject access request." },
}

node "wants_manager" {
  customer = function(s)
    if s.mood < 15 then
      return "I'm not listening to any more of this. Manager. Now. Or I'm going straight to Citizens Advice."
    end
    return "I'd like to speak to someone more senior, please. I don't think you've got this right."
  end,
  choice { "Of course. I'll fetch Tom, our duty supervisor, and tell him everything so you don't have to repeat it. He'll be two minutes.", id = "escalate",
    go = "escalated", mood = 10, minutes = 3,
    credit = { "service.escalate-clearly", "policy.escalation", "heat.own" },
    why = "When a customer asks for a manager, escalate promptly, say how long it will take and brief the supervisor so she doesn't have to start again." },
  choice { function(s)
      if s.prior_repair then
        return "Before I fetch anyone: I've got this wrong, and I'm sorry. You told me it's already been repaired once. Let me go through that again properly and put it right myself."
      end
      return "Before I fetch anyone: I've got this wrong, and I'm sorry. Let me start again and put it right myself."
    end,
    id = "fix-it",
    when = function(s) return s.mood >= 15 and not s.rescued end,
    set = { rescued = true },
    go = function(s)
      if s.prior_repair then return "history" end
      if s.inspected then return "remedies" end
      return "describe"
    end,
    mood = 10,
    credit = { "heat.own", "heat.apologise" },
    why = "If you can see your own mistake, owning it and fixing it yourself is often quicker and better than passing her on." },
  choice { "There's no point. He'll only tell you the same.", id = "no-point",
    go = "citizens_advice", mood = -20,
    breach = { "heat.own", "policy.escalation" },
    why = "Refusing to escalate when a customer asks leaves her nowhere to go inside the business. She'll take the problem, and her story, elsewhere." },
}

-- What was recorded at the end of the visit, for the refund endings.
local function logged_note(s)
  if s.logged == "factual" then return " Her complaint about the failed repair was logged, with a factual note." end
  if s.logged == "over" then return " Her complaint was logged, but the note also recorded where she works, which the case didn't need." end
  if s.logged == "opinion" then return " Her complaint wasn't logged, and the note called her 'heavy-handed', an opinion that contradicts what you found." end
  return " Her complaint about the failed repair wasn't logged, so nobody will look at why it failed."
end

ending "refunded" {
  kind = "resolved",
  customer = "Thank you. Really. That's the first time anyone here's listened to me.",
  summary = function(s)
    local t = "Megan's laptop had already had one repair and still wasn't right, so she was entitled to the final right to reject. She got the full £649 back on her debit card with no deduction (under six months)"
    if s.approved then
      t = t .. ", approved by the supervisor as Brightmart's refund limit requires."
    else
      t = t .. ", but you put it through without the supervisor's approval Brightmart needs for refunds over £50."
    end
    t = t .. " The misdirected job sheet was reported as a data breach."
    return t .. logged_note(s)
  end,
}

ending "refunded_breach_hidden" {
  kind = "resolved",
  customer = "Thanks. I'm glad that's over.",
  summary = function(s)
    local t = "Megan got the refund she was entitled to under the final right to reject"
    if not s.approved then t = t .. ", though without the supervisor's approval Brightmart needs for refunds over £50" end
    return t .. ". But another customer's job sheet, a personal data breach, was never reported, so the data protection team can't assess it or warn the customer whose details and password were exposed." .. logged_note(s)
  end,
}

ending "replaced_unasked" {
  kind = "resolved",
  customer = "Fine. Let's hope this one lasts longer than the last one.",
  summary = "Megan chose a replacement, which was her right under s.23. But twice she said the laptop had been 'nothing but trouble' and nobody asked why. It had already had one failed repair, so she was entitled to a full refund under the final right to reject. Good questioning would have found that.",
}

ending "escalated" {
  kind = "escalated",
  narration = "Tom Reid comes over, listens to your summary and sits down with Megan.",
  summary = function(s)
    return "You escalated to the duty supervisor promptly and with a summary. Within six months of purchase the shop couldn't blame misuse without evidence, and because the laptop had already had one failed repair"
      .. (s.prior_repair and "" or " (which nobody had asked her about)")
      .. ", Megan was entitled to a refund or a price reduction under the final right. You could have settled it yourself, with the supervisor's approval for the refund."
  end,
}

ending "citizens_advice" {
  kind = "unresolved",
  customer = "Right. I'll be ringing Citizens Advice, and I'll be writing a review while I'm at it.",
  summary = "Megan left with a broken laptop and no remedy. Within six months of purchase the shop had to prove misuse, not her. She was owed at least a repair or replacement of her choice and, as the laptop had already had one failed repair, a refund if she wanted one. Brightmart now faces a complaint and a bad review, and she could claim in the small claims court. Citizens Advice can advise her and pass a report to Trading Standards, but it won't get her refund for her.",
}

ending "walked_out" {
  kind = "lost",
  customer = "Forget it. I'll never buy anything here again.",
  summary = "Megan was sent to the manufacturer, although her contract and her Consumer Rights Act rights are with Brightmart. She left with a broken laptop, and the business lost a customer and its good name with her.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "refunded" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.breach-report", grade = "Refer" }
