-- Frontline scenario: a faulty kettle, no till receipt, inside the 30-day window.
-- Organisation: Brightmart (high-street electricals retailer), service desk.

scenario {
  id = "brightmart.faulty-kettle",
  title = "The kettle that stopped heating",
  brief = "Joan Patel bought a £34.99 kettle in this Brightmart store 25 days ago and paid by debit card. "
    .. "It has stopped heating. She didn't keep the till receipt, but she has her banking app on her phone. "
    .. "You are on the service desk.",
  organisation = "brightmart",
  role = "Customer service assistant at the Brightmart service desk",
  level = 2,
  minutes = 8,
  topics = { "consumer-rights", "complaints", "escalation", "heat" },
  customer = { name = "Joan Patel", look = "older-woman", mood = 35 },
  start = "arrives",
  state = {
    fault_described = false,
    fault_confirmed = false,
    proof_checked = false,
    misinformed = false,
    insinuated = false,
    card_asked = false,
    fresh_30 = false,
    said_refund = false,
    chose_before = false,
    push = "none",
    complaint_logged = false,
    remedy = "none",
    refund_issue = "none",
  },
}

-- Once proof of purchase is settled, carry on where the conversation was: on to the options if
-- Joan has already described the fault, back to hearing her out if not.
local function after_proof(s)
  if s.fault_described then return "options" end
  return "describe"
end

node "arrives" {
  narration = "A woman in a damp raincoat puts a carrier bag on the service desk and lifts out a white kettle.",
  customer = "Hello. I bought this kettle here not even a month ago and it's given up on me. "
    .. "The light comes on but the water stays stone cold. I've been boiling pans on the hob all weekend.",
  -- A hesitant room drifts to asking for paperwork first: taken when a class vote times out.
  choice { "Have you got the receipt with you?", id = "receipt-first", default = true,
    go = "no_receipt", mood = -5, breach = { "heat.hear", "policy.service-standards" },
    why = "Asking for proof of purchase isn't wrong, but leading with paperwork before you've heard the problem feels like a barrier, and Brightmart's service standards say listen first. Hear her out first." },
  choice { "Oh no, that's the last thing you need. I'm sorry. Tell me what's been happening with it.", id = "listen",
    go = "describe", mood = 10, credit = { "heat.hear", "heat.empathise", "heat.apologise" },
    why = "Letting her explain, and acknowledging the hassle she's had, shows you're listening and calms things down before you get to the details." },
  choice { "I'm sorry to hear that. Small appliances like kettles are covered by the maker's guarantee, so faults go back to them rather than to us. "
      .. "Their helpline number should be on the box, and they're usually quick.", id = "manufacturer",
    go = "manufacturer_row", mood = -20, set = { misinformed = true },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "Joan's contract is with Brightmart, so under the Consumer Rights Act the shop must deal with the fault. A maker's guarantee sits alongside her rights against the shop; it doesn't replace them. Sending her to the manufacturer misstates her rights." },
}

node "describe" {
  customer = "Twenty-five days I've had it; I checked my banking app. I use it three or four times a day. "
    .. "Then on Saturday I switched it on, the light came on, and nothing. No noise, no heat. And I haven't dropped it.",
  choice { "Thanks, that's really clear. Do you mind if I fill it and plug it in here, so I can see it for myself?", id = "test-it",
    go = "tested", mood = 5, minutes = 3, set = { fault_described = true, fault_confirmed = true },
    credit = { "heat.hear", "complaint.investigate" },
    why = "A quick check at the desk confirms the fault in front of her, without sending the kettle away or keeping her waiting." },
  choice { "These usually go because people don't descale them. Have you been descaling it?", id = "blame",
    go = "blamed", mood = -20, set = { fault_described = true },
    breach = "service.professional",
    why = "Suggesting she caused the fault, with nothing to go on, is blaming the customer. Look at the kettle before you guess at a cause." },
  choice { "Thanks, that's clear. Have you got anything showing you bought it here? The payment on your banking app or a statement is fine.", id = "ask-proof",
    when = "not proof_checked",
    go = "no_receipt", set = { fault_described = true },
    credit = "cra.proof-of-purchase",
    why = "It's reasonable to ask for proof of purchase. Mentioning a bank statement or app shows her that a till receipt isn't the only thing you'll accept." },
  choice { "Thanks, that's clearly not right. Let's look at what we can do for you.", id = "to-options",
    when = "proof_checked",
    go = "options", set = { fault_described = true },
    credit = "heat.own",
    why = "You've seen her proof of purchase and heard what's wrong. Now move on to putting it right." },
  choice { "I'm sorry, that's a pain. Faulty electricals are dealt with by our Customer Contact Centre rather than the desk. "
      .. "If you give them a ring, they'll book a collection and take it from there.", id = "contact-centre",
    go = "wants_manager", mood = -15, set = { fault_described = true },
    breach = { "heat.own", "policy.service-standards" },
    why = "Brightmart's service desks handle returns and faults, and whoever the customer reaches first owns the problem. Passing her to the phone line is 'not my department', and leaves a simple desk return unresolved." },
}

node "blamed" {
  customer = "I descale it every fortnight, thank you very much. I'm not daft. Are you saying I broke it?",
  choice { "Well, if it's been misused, that isn't a fault we'd cover.", id = "double-down",
    go = "wants_manager", mood = -20, set = { insinuated = true },
    breach = "service.professional",
    why = "As a rule that's true, but there's no evidence of misuse: she's told you how she looks after it, and you haven't even tested it. Hinting that she broke it, on a hunch, is an unfounded accusation and makes her angrier. Expect her to ask for a manager." },
  choice { "No, not at all. I'm sorry, that came out wrong. Let me plug it in here and see what it's doing.", id = "apologise",
    go = "tested", mood = 10, minutes = 3, set = { fault_confirmed = true },
    credit = { "heat.apologise", "service.professional" },
    why = "Owning a badly worded question straight away repairs trust. Then check the fault rather than guess at the cause." },
}

node "tested" {
  narration = "You fill the kettle at the staff sink and switch it on. The blue light comes on. Two minutes later the water is still cold and the element hasn't made a sound.",
  customer = "See? That's exactly what it does at home.",
  choice { "Yes, that's the element gone. The good news is it's still under the manufacturer's guarantee, so they'll sort it out for you free of charge. I'll write down their number.", id = "manufacturer",
    go = "manufacturer_row", mood = -20, set = { misinformed = true },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "A manufacturer's guarantee sits alongside her legal rights and doesn't replace them. Her claim is against Brightmart, the shop that sold it." },
  choice { "It's definitely not heating. Have you got anything showing you bought it here? A receipt, your banking app or a statement is fine.", id = "ask-proof",
    when = "not proof_checked",
    go = "no_receipt", credit = { "cra.proof-of-purchase", "cra.satisfactory-quality" },
    why = "A kettle that won't heat after 25 days isn't of satisfactory quality. Asking for any reasonable proof of purchase, not just the receipt, is the right next step." },
  choice { "It's definitely faulty. Thanks for bearing with me. Let's get this sorted for you.", id = "to-options",
    when = "proof_checked",
    go = "options", credit = { "cra.satisfactory-quality", "heat.own" },
    why = "You've confirmed the fault and already seen proof of purchase, so take charge and move on to the remedy." },
  choice { "It's not heating, but a lot of these come back to life once they're descaled. Run a descaler through it twice at home, "
      .. "and if it's still not right by next week, bring it back and we'll look again.", id = "descale",
    go = "descale_row", mood = -10, set = { said_refund = true },
    breach = { "cra.satisfactory-quality", "cra.short-term-reject" },
    why = "You've just seen the fault for yourself. A kettle that won't heat isn't of satisfactory quality, and sending her away for a week would take her past the 30 days in which she can reject it for a full refund." },
}

node "descale_row" {
  customer = "Next week? That'll be more than a month since I bought it. It's in the first month that you can have your money back for a faulty thing, isn't it?",
  choice { "You're right, and I'm sorry. It's faulty now, so there's no reason to wait. Let's sort it out today.", id = "correct",
    go = function(s)
      if s.proof_checked then return "options" end
      return "no_receipt"
    end,
    mood = 5, credit = { "cra.satisfactory-quality", "heat.apologise", "heat.own" },
    why = "Owning the mistake and dealing with the fault today keeps her inside the 30 days, where she can still reject it for a full refund." },
  choice { "Descaling sorts most of these out, honestly. Give it a go, and if it still won't heat, bring it back with your proof of purchase and we'll see.", id = "insist",
    go = "come_back", mood = -15,
    breach = { "cra.satisfactory-quality", "cra.short-term-reject" },
    why = "The fault is confirmed. Putting her off for a week runs down her 30-day right to reject and leaves her with a kettle that doesn't work." },
}

node "no_receipt" {
  narration = "{customer} holds out her phone with her banking app open.",
  customer = "I don't keep receipts, they only fade in my purse. But it's on here, look: Brightmart, thirty-four ninety-nine, twenty-five days ago.",
  choice { "Sorry, without the till receipt there's nothing I can do. No receipt, no refund. It's company policy.", id = "no-receipt-no-refund",
    go = "receipt_row", mood = -20, set = { misinformed = true },
    breach = { "cra.proof-of-purchase", "ucp.misleading-rights" },
    why = "No law says a customer must keep a till receipt. A banking app entry showing the payment is reasonable proof, so turning down a faulty-goods claim for lack of a receipt is wrong." },
  choice { "That's a help, thanks. If you read me the long number on your card and the expiry date, I can find the payment on the till system and print you a copy receipt.", id = "full-card",
    go = after_proof,
    mood = -5, set = { proof_checked = true, card_asked = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "The app already shows the payment. Asking for her full card number and expiry date collects more personal data than you need, puts it at risk, and breaks Brightmart's rule never to ask for a full card number." },
  choice { "That's fine, thank you. It shows the payment to us, and that's all I need to see.", id = "accept-app",
    go = after_proof,
    mood = 10, set = { proof_checked = true },
    credit = { "cra.proof-of-purchase", "dpa.minimisation" },
    why = "Any reasonable proof of purchase will do, and a bank record of the payment counts. Look only at the one transaction you need, not the rest of her banking." },
  choice { "Sorry, I've jumped ahead. Before we get to paperwork, tell me what's been happening with it.", id = "tell-me",
    when = "not fault_described",
    go = "describe", mood = 5, credit = "heat.hear",
    why = "Going back to listen fixes a rushed start. You need to understand the fault before you can offer the right remedy." },
}

node "receipt_row" {
  customer = function(s)
    if s.mood < 20 then
      return "Company policy? It's on my phone in black and white! I'm not leaving this desk until I've spoken to someone in charge."
    end
    return "But it's right there: Brightmart, thirty-four ninety-nine. What more do you want? Is there someone else I can speak to?"
  end,
  choice { "It's not up to me. Come back with the receipt and we'll have a look at it then.", id = "stand-firm",
    go = "come_back", mood = -20, breach = { "cra.proof-of-purchase", "ucp.misleading-rights" },
    why = "Her banking app is reasonable proof. Turning her away leaves her without a remedy she's entitled to, and may lead to a complaint or a claim." },
  choice { "You're right, and I'm sorry. I got that wrong. Your banking app shows you bought it here, and that's fine as proof. Let me take a look.", id = "backtrack",
    go = after_proof,
    mood = 10, set = { proof_checked = true },
    credit = { "cra.proof-of-purchase", "heat.apologise", "heat.own" },
    why = "Correcting your own mistake quickly, and saying sorry for it, puts her rights back on track and stops things escalating." },
  choice { "Of course. I'll fetch my supervisor for you.", id = "get-supervisor",
    go = "supervisor", mood = 5,
    why = "Calling a supervisor when a customer asks is reasonable, but you could have put this right yourself by accepting the banking app as proof." },
}

node "manufacturer_row" {
  customer = "The manufacturer? I didn't buy it from the manufacturer, I bought it from you. Over there, by the window.",
  choice { "I'll write their helpline number down for you. They're usually very good.", id = "give-number",
    go = "sent_away", mood = -15,
    breach = { "cra.retailer-liable", "ucp.misleading-rights", "heat.own" },
    why = "This sends her away with no remedy from the shop that's legally responsible. She is likely to go elsewhere, or come back with a complaint." },
  choice { "You're quite right, and I'm sorry. You bought it from us, so it's up to Brightmart to sort it out, not them.", id = "correct",
    go = function(s)
      if s.proof_checked then return "options" end
      if s.fault_described then return "no_receipt" end
      return "describe"
    end,
    mood = 10, credit = { "cra.retailer-liable", "heat.apologise", "heat.own" },
    why = "Her contract is with the retailer. Admitting the mistake and taking responsibility gets the conversation back on track." },
  choice { "Faults in the guarantee period are handled by the maker. That's just how it works.", id = "insist",
    go = "wants_manager", mood = -20, set = { misinformed = true },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "A guarantee doesn't replace her legal rights against the shop. Repeating the mistake is likely to end in a demand for a manager." },
}

node "options" {
  customer = "So what happens now? I just want to be able to make a cup of tea.",
  choice { "The quickest fix is our repair centre. It's free, I can send it off today, and it's usually back working in two or three weeks. I'll text you when it's ready.", id = "repair-only",
    go = "repair_push", mood = -15, set = { misinformed = true, said_refund = true, push = "repair-only" },
    breach = { "cra.short-term-reject", "ucp.misleading-rights" },
    why = "Within 30 days a customer can reject a faulty item for a full refund. Offering only a repair keeps that right from her." },
  choice { "It's faulty and under 30 days old, so you can reject it for a full refund: £34.99 back on your card, "
      .. "no charges, and I can authorise it. Or we can replace or repair it. Your choice.", id = "offer-rights",
    go = "choose", mood = 10,
    credit = { "cra.short-term-reject", "cra.satisfactory-quality", "cra.repair-or-replace", "cra.refund-same-method",
      "cra.no-fee", "policy.refund-limit", "service.clear-language" },
    why = "This explains her rights in plain words: the 30-day short-term right to reject with a full refund to the card she paid with and no charges, "
      .. "or a repair or replacement if she prefers. At £34.99 the refund is within your own authority." },
  choice { "As it's faulty, I can give you a credit note for the full £34.99 straight away. That's how refunds work at the desk, "
      .. "and you can spend it on any kettle in store, so you won't be without one tonight.", id = "credit-note",
    go = "refund_terms_row", mood = -10, set = { refund_issue = "credit", misinformed = true },
    breach = { "cra.refund-same-method", "ucp.misleading-rights" },
    why = "A refund for rejected goods goes back the way she paid, unless she agrees to something else. She paid by debit card, so a credit note isn't what she's owed, and telling her that's how refunds work misstates her rights." },
  choice { "Before anything else, let me check it here so we both know what it's doing.", id = "test-first",
    when = "not fault_confirmed",
    go = "tested", minutes = 3, set = { fault_confirmed = true },
    credit = "complaint.investigate",
    why = "A quick test at the desk is a fair check, as long as it doesn't become an excuse for delay." },
}

node "choose" {
  customer = function(s)
    if s.chose_before then return "So it is my choice after all. What would you do, in my shoes?" end
    if s.said_refund then return "So I was right: I can have my money back. What would you do, in my shoes?" end
    return "Oh! I didn't know I could just have my money back. What would you do, in my shoes?"
  end,
  choice { "Honestly, the refund's simplest all round, so let's just do that. I'll put it through now; swaps take longer on our system anyway.", id = "steer-refund",
    go = "wants_refund", mood = -5, set = { chose_before = true }, breach = "cra.repair-or-replace",
    why = "A refund is one of her options, but under the Consumer Rights Act the choice of remedy is hers. Pushing whatever is easiest for the shop isn't focused on the customer." },
  choice { "That's really one for my supervisor: it's her decision whether you get a refund or an exchange. She's on the shop floor, so let me fetch her.", id = "pass-it-up",
    go = "supervisor", mood = -5, set = { misinformed = true, chose_before = true },
    breach = { "heat.own", "ucp.misleading-rights" },
    why = "It isn't the supervisor's decision: within 30 days Joan can reject it for a refund or choose a replacement, and a £34.99 refund is under the £50 limit, so you can authorise it yourself. Saying otherwise misstates her rights and keeps her waiting." },
  choice { "It's up to you. A refund goes back on your card, or I can swap it for a new one from stock now, and you'd still be covered if that one failed.", id = "your-choice",
    go = function(s)
      if s.mood >= 70 then return "wants_replacement" end
      return "wants_refund"
    end,
    mood = 5, set = { chose_before = true }, credit = { "cra.repair-or-replace", "service.clear-language" },
    why = "You set out her options without pushing her towards one. How she's been treated so far will shape whether she wants to give the product another go." },
  choice { "Honestly, I'd take a new one. A replacement comes with a fresh 30 days to bring it back for a refund, so you lose nothing by giving it another go.", id = "fresh-30-days",
    go = "wants_replacement", set = { misinformed = true, fresh_30 = true, chose_before = true },
    breach = { "ucp.misleading-rights", "service.expectations" },
    why = "A replacement doesn't restart the 30 days. If it fails, she has the rest of her 30 days or 7 days, whichever is longer, to reject it, and after that a refund or price reduction under the final right. Promising a fresh month misstates her rights and sets up an expectation the shop may not meet." },
}

node "wants_refund" {
  customer = function(s)
    if s.mood < 50 then
      return "I'll have my money back, thank you. I've had enough of the thing."
    end
    return "I think I'll have my money back and have a look at what else you've got. How long does the refund take?"
  end,
  choice { "No problem. As it's been used for a few weeks there's a £5 handling charge, which is standard on electricals, so that's £29.99 back on your card today.", id = "fee",
    go = "refund_terms_row", mood = -15, set = { refund_issue = "fee", misinformed = true },
    breach = { "cra.no-fee", "ucp.misleading-rights" },
    why = "She can't be charged a fee for rejecting faulty goods, and nothing comes off for use under the 30-day right. She's owed the full £34.99." },
  choice { "I can authorise that myself. Pop your card in the reader: the full £34.99 goes back on it, nothing off. It's done today, well inside the 14 days the law allows.", id = "process",
    go = "wrap_up", mood = 10, minutes = 3, set = { remedy = "refund" },
    credit = { "cra.short-term-reject", "cra.refund-14-days", "cra.refund-same-method", "cra.no-fee", "policy.refund-limit", "service.expectations" },
    why = "A full refund to the same card, with no fee, due within 14 days. The refund is under £50, so it's within your own authority under Brightmart's refund policy." },
  choice { "Of course. Refunds on electricals need my manager to sign them off, and she's on her break, so if you grab a coffee she'll be back in half an hour.", id = "need-manager",
    go = "supervisor", mood = -10, breach = { "heat.own", "policy.refund-limit" },
    why = "Brightmart only needs a supervisor for refunds over £50. This one is £34.99, so you can authorise it yourself. Sending it up delays a refund she's owed and keeps her waiting for nothing." },
  choice { "Of course. Read me the long number on your debit card and I'll key the £34.99 straight back onto it; it's quicker than the card reader.", id = "key-in",
    go = "wrap_up", minutes = 2, set = { remedy = "refund", card_asked = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "The card reader refunds her card without anyone hearing or writing down its number. Asking her to read out her full card number collects data you don't need and breaks Brightmart's rule never to ask for one." },
}

node "wants_replacement" {
  customer = "Do you know, I'll have a new one the same. It was lovely while it worked, and it matches my toaster. But what if the new one goes the same way?",
  choice { "Then we'd repair it for you, free. With electricals we get three goes at putting it right, and if it failed a third time you'd be entitled to a refund.", id = "three-repairs",
    go = "three_repairs_row", mood = -10, set = { misinformed = true },
    breach = "ucp.misleading-rights",
    why = "If one replacement doesn't fix the problem, she can ask for a refund or a price reduction. 'Three repairs first' is a common myth." },
  choice { "We'll need to try repairing yours first. We only replace things if they can't be fixed.", id = "repair-first",
    go = "repair_push", mood = -15, set = { misinformed = true, said_refund = true, push = "first" },
    breach = { "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "The customer chooses between repair and replacement. The shop can refuse her choice only if it is impossible or out of proportion to the other, and a kettle in stock is neither." },
  choice { "I'll get you a new one from the stockroom now. If that goes wrong too, bring it back and you can have a full refund; you needn't accept another swap.", id = "replace-properly",
    go = "wrap_up", mood = 10, minutes = 3, set = { remedy = "replacement" },
    credit = { "cra.repair-or-replace", "cra.final-right", "service.expectations" },
    why = "She chose a replacement, so give her one without delay. Explain plainly what happens if the new one fails too: after one failed replacement she can reject it for her money back and needn't accept another, so she knows where she stands." },
}

node "three_repairs_row" {
  customer = "Three? I looked this up when my washing machine packed in: you get one go at putting it right, and then you can have your money back. Are you sure?",
  choice { "You're right to check, and I'm sorry. I had that wrong. If the replacement doesn't work, you can ask for a refund or a price reduction. No three repairs.", id = "correct",
    go = "wrap_up", mood = 5, minutes = 3, set = { remedy = "replacement" },
    credit = { "cra.final-right", "heat.apologise", "service.expectations" },
    why = "Correcting yourself straight away means she leaves with accurate information and the replacement she chose." },
  choice { "I'm sure. It's three repairs, that's the rule for electricals.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = "ucp.misleading-rights",
    why = "That's wrong. Insisting on a myth when the customer has the right information leads to a complaint." },
}

node "repair_push" {
  customer = function(s)
    if s.push == "first" then
      return "Repair it first? I'd be without a kettle while it's away, and I've only had it twenty-five days. Surely if something breaks in the first month, I can have my money back?"
    end
    return "Two or three weeks without a kettle? I've only had it twenty-five days. Surely if something breaks in the first month, I can have my money back?"
  end,
  choice { function(s)
      if s.push == "first" then
        return "You're right, and I'm sorry. Because it's within 30 days, you can reject it for a full refund, or have the new one you asked for. It's up to you."
      end
      return "You're right, and I'm sorry I didn't say so. Because it's within 30 days, you can reject it for a full refund. Or, if you'd prefer, we can swap it for a new one. It's up to you."
    end,
    id = "correct",
    go = "choose", mood = 10,
    credit = { "cra.short-term-reject", "cra.repair-or-replace", "heat.apologise" },
    why = "This puts the short-term right to reject back on the table and leaves the choice of remedy with her." },
  choice { "That's not how we do it here. Anything faulty goes for repair first.", id = "insist",
    go = "wants_manager", mood = -20,
    breach = { "cra.short-term-reject", "ucp.misleading-rights" },
    why = "She's right: within 30 days she can reject faulty goods for a full refund. A shop's own process can't take that right away." },
  choice { "I'm not sure. Let me ask my supervisor so I give you the right answer.", id = "check",
    go = "supervisor",
    credit = "service.professional",
    why = "Checking is better than guessing. But the 30-day right to reject is basic knowledge for this desk." },
}

node "refund_terms_row" {
  customer = function(s)
    if s.refund_issue == "fee" then
      return "A handling charge? For a kettle that broke all by itself? I'm not paying to bring back something faulty."
    end
    return "A credit note? I don't want vouchers. I paid with my card and I want it back on my card."
  end,
  choice { "You're right, and I'm sorry. You'll get the full £34.99 back on the debit card you paid with, with nothing taken off. I can authorise it myself and I'm putting it through now, well inside the 14 days the law allows.", id = "fix",
    go = "wrap_up", mood = 10, minutes = 3, set = { remedy = "refund", refund_issue = "none" },
    credit = { "cra.refund-same-method", "cra.no-fee", "cra.refund-14-days", "policy.refund-limit", "heat.apologise" },
    why = "A full refund to the original card, with no fee, due within 14 days of agreeing it. At £34.99 it's within your own refund limit." },
  choice { "I'm afraid that's just how refunds work here.", id = "insist",
    go = "wants_manager", mood = -20,
    breach = "ucp.misleading-rights",
    why = "A refund for faulty goods rejected within 30 days is in full, with no fee, and back to the card she paid with. Standing by the wrong terms makes it worse." },
}

node "wants_manager" {
  customer = function(s)
    if s.mood < 20 then
      return "No. I'm not happy at all. I want to speak to the manager, please. Now."
    end
    return "I'd like to speak to someone more senior, please. I don't think that's right at all."
  end,
  choice { "There's no point. They'll only tell you the same thing.", id = "no-point",
    go = "walked_out", mood = -20, breach = { "heat.own", "service.professional" },
    why = "Refusing to escalate when a customer asks leaves her nowhere to go. She'll take her custom, and her story, elsewhere." },
  choice { "Before I fetch anyone: I've got this wrong, and I'm sorry. Let me put it right myself.", id = "fix-it",
    when = function(s) return s.mood >= 10 end,
    go = function(s)
      if s.proof_checked then return "options" end
      return "no_receipt"
    end,
    mood = 10, credit = { "heat.own", "heat.apologise" },
    why = "If you can see your mistake, owning it and fixing it yourself is often quicker and better than passing her on." },
  choice { "Of course. I'll fetch Grace, our duty supervisor, and fill her in on what's happened, so you don't have to go through it all again. It'll only be a couple of minutes.", id = "escalate",
    go = "supervisor", mood = 5, credit = { "heat.own", "service.expectations" },
    why = "When a customer asks for a manager, escalate promptly, say how long it will take, and brief the supervisor so the customer doesn't have to repeat herself." },
  choice { "The manager's tied up all afternoon. You'd be better coming back tomorrow.", id = "busy",
    go = "come_back", mood = -15, breach = "heat.own",
    why = "Sending her away with nothing settled leaves the problem unresolved and her more annoyed. A duty supervisor should be available." },
}

node "supervisor" {
  narration = "Grace Okafor, the duty supervisor, comes over to the desk and looks to you to explain.",
  customer = function(s)
    if s.mood < 25 then
      return "And I want it noted that I'm not happy with how I've been spoken to."
    end
    return "Thank you for coming over."
  end,
  choice { "This lady's kicking off because she hasn't got a receipt.", id = "biased",
    go = "walked_out", mood = -30, breach = "service.professional",
    why = "A loaded, blaming handover in front of the customer is unprofessional. It's also wrong: she doesn't need a receipt." },
  choice { function(s)
      local t = "Grace, this is Mrs Patel. She bought this kettle here 25 days ago for £34.99, on her debit card"
      if s.proof_checked then t = t .. ", and I've seen the payment on her banking app" end
      if s.fault_confirmed then
        t = t .. ". I've tested it: the light comes on but it doesn't heat."
      else
        t = t .. ". She tells me it's stopped heating."
      end
      if s.misinformed and s.insinuated then
        t = t .. " I suggested she'd misused it, with nothing to go on, and I gave her wrong information about her rights."
      elseif s.misinformed then
        t = t .. " I gave her some wrong information about her rights earlier."
      else
        t = t .. " I suggested she might have misused it, with nothing to go on."
      end
      return t .. " She's unhappy with how it's been handled, so I'm logging that as a complaint now."
    end,
    id = "handover-own",
    when = function(s) return s.misinformed or s.insinuated end,
    go = "handed_over", mood = 10, set = { complaint_logged = true },
    credit = { "heat.own", "complaint.log", "service.professional" },
    why = "A clear, honest handover: the facts, what you've checked, your own mistake, and a complaint logged, so Joan doesn't have to start again." },
  choice { function(s)
      local t = "Grace, this is Mrs Patel. She bought this kettle here 25 days ago for £34.99, on her debit card"
      if s.proof_checked then t = t .. ", and I've seen the payment on her banking app" end
      if s.fault_confirmed then
        t = t .. ". I've tested it: the light comes on but it doesn't heat."
      else
        t = t .. ". She tells me it's stopped heating."
      end
      return t .. " She's within 30 days, so she can reject it for a full refund or choose a replacement."
    end,
    id = "handover",
    when = function(s) return not (s.misinformed or s.insinuated) end,
    go = "handed_over", mood = 5,
    credit = { "heat.own", "service.professional" },
    why = "A clear handover with the facts and what you've checked, so Joan doesn't have to repeat herself." },
  choice { "She's got a problem with a kettle. Can you deal with it?", id = "vague",
    go = "passed_on", mood = -5, breach = "heat.own",
    why = "A vague handover makes the customer start again from scratch and suggests nobody is taking responsibility." },
}

node "wrap_up" {
  narration = function(s)
    if s.remedy == "refund" then
      return "You put the £34.99 refund through to Joan's debit card, record the return on the till system and hand her the refund slip."
    end
    return "You fetch a boxed kettle from the stockroom, check it over with Joan and record the exchange on the till system."
  end,
  customer = "Thank you, that's a weight off. Mind you, I rang your customer line last week and the lady said I'd have to send it back to the makers. I nearly didn't bother coming in.",
  choice { "Oh, they shouldn't have said that. Anyway, you're sorted now.", id = "shrug",
    go = "sorted_not_logged", mood = -5, breach = "complaint.log",
    why = "She has told you she's unhappy with wrong advice. If it isn't logged nobody will look into it, and other customers may be told the same thing." },
  choice { "I'm sorry about that. The customer line is a separate team, so I can't take complaints about them here. "
      .. "If you write to head office with the date you rang, they'll look into it.", id = "in-writing",
    go = "sorted_not_logged", mood = -10, breach = { "complaint.log", "heat.own", "policy.service-standards" },
    why = "A complaint can be made in person, and whoever she reaches first owns it. Making her write in puts a barrier in her way. Take the complaint now, as she's raised it, and log it." },
  choice { "I'm sorry, that wasn't right. I'll log it as a complaint now, and you'll get an email with a reference by the end of tomorrow saying who's handling it.", id = "log",
    go = function(s)
      if s.remedy == "refund" then return "refunded" end
      return "replaced"
    end,
    mood = 10, minutes = 2, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "heat.apologise", "policy.log-contact", "service.expectations" },
    why = "Any dissatisfaction she raises should be logged, and Brightmart acknowledges every complaint with a reference within one working day. It's also a chance to stop wrong advice about customers' rights being given again." },
  choice { "Oh, that'll be the new girl on the phones; she's been getting everything wrong this week. I'll have a quiet word with her manager, so don't you worry about it.", id = "quiet-word",
    go = "sorted_not_logged",
    breach = { "complaint.log", "service.professional" },
    why = "Gossiping about a colleague in front of a customer is unprofessional, and a quiet word isn't a complaint record. Log what she was told and when, so it can be looked into properly." },
}

ending "refunded" {
  kind = "resolved",
  customer = "Lovely. Thank you, you've been very helpful.",
  summary = function(s)
    local t = "Joan rejected the faulty kettle within 30 days and got a full £34.99 refund to her debit card with no fee. It was under £50, so you could authorise it yourself. Her complaint about the wrong advice from the customer line was logged."
    if s.card_asked then
      t = t .. " But you asked her for her full card number, which Brightmart never does and you didn't need."
    end
    return t
  end,
}

ending "replaced" {
  kind = "resolved",
  customer = "Thank you. I'll go home and have a proper cup of tea at last.",
  summary = function(s)
    local t = "Joan chose a replacement, which was her right, and left with a new kettle and a clear idea of what happens if it fails. Her complaint about the customer line's wrong advice was logged."
    if s.fresh_30 then
      t = t .. " She was also told, wrongly, that the replacement starts a fresh 30 days: if it fails she has the rest of her 30 days or 7 days, whichever is longer, and then a refund or price reduction under the final right."
    end
    if s.card_asked then
      t = t .. " And you asked her for her full card number, which Brightmart never does and you didn't need."
    end
    return t
  end,
}

ending "sorted_not_logged" {
  kind = "resolved",
  breach = "policy.complaint-sla",
  customer = "Well. I suppose that's something.",
  summary = "Joan's kettle was sorted, but her complaint about being told to go to the manufacturer wasn't logged, so it won't be acknowledged within a working day as Brightmart's procedure requires. Nobody will look into it, and other customers may be given the same wrong advice.",
}

ending "handed_over" {
  kind = "escalated",
  narration = "Grace thanks you, takes the kettle and sits down with Joan to finish things off.",
  summary = function(s)
    local t = "You escalated to the duty supervisor with a clear, factual handover, so Joan didn't have to repeat herself."
    if s.complaint_logged then
      t = t .. " You owned your earlier mistake and logged her complaint about it."
    end
    return t .. " As the kettle was faulty and inside 30 days, she was entitled to a full refund or a replacement of her choice, which you could have given her yourself."
  end,
}

ending "passed_on" {
  kind = "escalated",
  customer = "Right. So I've got to explain it all over again, have I?",
  summary = "The case reached the supervisor, but your vague handover meant Joan had to start again. Escalating well means passing on the facts and what has already been done.",
}

ending "come_back" {
  kind = "unresolved",
  customer = "Fine. I'll come back, but I'm not happy about it.",
  summary = "Joan left with a faulty kettle and no remedy, although she had valid proof of purchase and was within the 30-day short-term right to reject. She may complain to Brightmart, ask her bank about a chargeback, claim in the small claims court or take her custom elsewhere. The Citizens Advice consumer service can advise her, but neither it nor Trading Standards will get her refund for her.",
}

ending "walked_out" {
  kind = "lost",
  customer = "Forget it. I'll never shop here again, and I'll be telling everyone why.",
  summary = "Joan walked out angry with a faulty kettle and no remedy. She had clear legal rights against Brightmart, and the business has lost a customer and its good name with her.",
}

ending "sent_away" {
  kind = "lost",
  customer = "Right. Well, I'll know not to buy anything from here again.",
  summary = "Joan was sent to the manufacturer even though her contract, and her rights under the Consumer Rights Act, are with Brightmart. She left with no remedy and no reason to come back.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "replaced" }
expect { worst_grade = "Refer" }
expect { reachable = "refunded" }
