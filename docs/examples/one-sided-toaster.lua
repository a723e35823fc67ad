-- Frontline scenario: a toaster that only toasts on one side, 12 days after purchase.
-- Organisation: Brightmart (high-street electricals retailer), service desk.

scenario {
  id = "brightmart.one-sided-toaster",
  title = "The toaster that only toasts one side",
  brief = "Ray Okoro bought a £29.99 toaster in this Brightmart store 12 days ago and paid in cash. "
    .. "He has the receipt. The left-hand slots no longer heat. You are on the service desk.",
  organisation = "brightmart",
  role = "Customer service assistant at the Brightmart service desk",
  level = 2,
  minutes = 5,
  topics = { "consumer-rights", "heat" },
  customer = { name = "Ray Okoro", look = "man-in-his-fifties", mood = 40 },
  start = "arrives",
  state = { price = "£29.99", tested = false, mistake = "none" },
  -- Five decisions are too few to rule out guessing, so this example is for practice only.
  practice_only = true,
}

node "arrives" {
  narration = "{customer} puts a toaster on the desk, with the receipt tucked into the slot.",
  customer = "Afternoon. I bought this here less than a fortnight ago. The right side works, "
    .. "but the left side stays stone cold. Half my toast comes out like bread.",
  choice { "I'm sorry, that's really annoying first thing in the morning. Tell me what it's doing.",
    id = "listen",
    go = "describe", mood = 10, credit = { "heat.hear", "heat.empathise" },
    why = "Letting him explain, and showing you understand the hassle, calms things down "
      .. "before you get to the details." },
  choice { "Have you been emptying the crumb tray? They stop working if you don't.",
    id = "blame",
    go = "put_right", mood = -15, set = { mistake = "blame" },
    breach = "service.professional",
    why = "Hinting that he caused the fault, with nothing to go on, is blaming the customer. "
      .. "Look at the toaster before you guess at a cause." },
}

node "describe" {
  customer = "I've had it twelve days, the receipt's there. I empty the crumb tray every week. "
    .. "The elements on the left just don't glow any more.",
  choice { "Thanks, that's clear. Do you mind if I plug it in here so I can see it for myself?",
    id = "test-it",
    go = "tested", minutes = 2, set = { tested = true },
    credit = "complaint.investigate",
    why = "A quick check at the desk confirms the fault in front of him, without sending it away." },
  choice { "We can send it away for repair. That usually takes about three weeks.",
    id = "repair-only",
    go = "put_right", mood = -15, set = { mistake = "repair" },
    breach = { "cra.short-term-reject", "ucp.misleading-rights" },
    why = "Within 30 days he can reject faulty goods for a full refund. "
      .. "Offering only a repair keeps that right from him." },
}

node "tested" {
  narration = "You plug the toaster in and press the lever. After a minute the right-hand slots "
    .. "glow orange. The left-hand ones stay dark.",
  customer = "See? Same as at home.",
  choice { "It's definitely not working as it should. Thanks for bearing with me. Let's get this sorted.",
    id = "confirm",
    go = "options", credit = { "cra.satisfactory-quality", "heat.own" },
    why = "A toaster that only heats on one side after 12 days isn't of satisfactory quality. "
      .. "Say so plainly and move on to putting it right." },
  choice { "Well, the right side works, so it does still make toast. I wouldn't call that faulty.",
    id = "not-faulty",
    go = "put_right", mood = -15, set = { mistake = "not-faulty" },
    breach = { "cra.satisfactory-quality", "ucp.misleading-rights" },
    why = "Half a working toaster isn't what he paid for. Goods must be of satisfactory quality, "
      .. "and playing the fault down misstates his rights." },
}

node "put_right" {
  customer = function(s)
    if s.mistake == "blame" then
      return "I empty that tray every week, thank you. Are you saying I broke it?"
    elseif s.mistake == "not-faulty" then
      return "Not faulty? Half a toaster isn't what I paid for."
    elseif s.mistake == "credit" then
      return "A credit note? I paid cash, and I want my cash back. I hardly ever shop here."
    end
    return "Three weeks without a toaster? It's twelve days old. "
      .. "Surely if it breaks that quickly I can have my money back?"
  end,
  choice { "You're right, and I'm sorry. I got that wrong. It's faulty, "
      .. "and it's up to us to put it right. Let me look at what we can do.",
    id = "apologise",
    go = "options", mood = 10, credit = { "heat.apologise", "heat.own" },
    why = "Owning the mistake straight away repairs trust and gets the conversation back on track." },
  choice { "Sorry, that's our policy.",
    id = "insist",
    go = "walked_out", mood = -20,
    breach = { "ucp.misleading-rights", "heat.own" },
    why = "Within 30 days he can reject a faulty item for a full refund, paid back the way he paid. "
      .. "A shop's policy can't take that away, and standing by a wrong answer sends him off with nothing." },
}

node "options" {
  customer = "So what happens now?",
  choice { "It's faulty and under 30 days old, so you can reject it for a full refund: all {price}, "
      .. "in cash as you paid, nothing taken off. Or we can replace or repair it. It's your choice.",
    id = "offer-rights",
    go = function(s)
      if s.mood >= 50 then return "replaced" end
      return "refunded"
    end,
    mood = 10, minutes = 2,
    credit = { "cra.short-term-reject", "cra.satisfactory-quality", "cra.repair-or-replace",
               "cra.refund-same-method", "cra.no-fee", "service.clear-language" },
    why = "This sets out his rights in plain words: the 30-day right to reject with a full refund "
      .. "in the way he paid, or a repair or replacement if he prefers." },
  choice { "I can give you a credit note for {price} to spend in store.",
    id = "credit-note",
    go = "put_right", mood = -10, set = { mistake = "credit" },
    breach = "cra.refund-same-method",
    why = "A refund for rejected goods goes back the way he paid unless he agrees otherwise. "
      .. "He paid in cash, so a credit note isn't what he's owed." },
  choice { "Before anything else, let me plug it in here so we both know what it's doing.",
    id = "test-first", when = "not tested",
    go = "tested", minutes = 2, set = { tested = true },
    credit = "complaint.investigate",
    why = "A quick test at the desk is a fair check, as long as it doesn't become an excuse for delay." },
}

ending "refunded" {
  kind = "resolved",
  customer = "Just the money back, please. I'll get a different make.",
  summary = "Ray rejected the faulty toaster within 30 days and got a full refund in cash, "
    .. "the way he paid, with nothing deducted. At under £50 you could authorise it yourself.",
  credit = "policy.refund-limit",
}

ending "replaced" {
  kind = "resolved",
  customer = "Do you know, I'll take a new one. It was a good toaster while it worked.",
  summary = "Ray chose a replacement, which was his right, and left with a working toaster. "
    .. "If the new one turns out faulty too, he can ask for a refund or a price reduction instead.",
}

ending "walked_out" {
  kind = "lost",
  customer = "Forget it. I'll take it up with Trading Standards.",
  summary = "Ray left with a faulty toaster and no remedy, although he was inside the 30-day "
    .. "short-term right to reject. Brightmart has lost a customer and may face a complaint.",
}
