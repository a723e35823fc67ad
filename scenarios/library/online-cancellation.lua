-- Frontline scenario: a change-of-mind cancellation of an online order (Consumer Contracts
-- Regulations 2013). 14 days from delivery, a full refund including standard delivery, return
-- postage only if the customer was told in advance. Security on the order, then log the contact.
-- Organisation: Brightmart (electricals retailer, shops and online), online orders phone line.

scenario {
  id = "brightmart.online-cancellation",
  title = "The coffee machine he doesn't want",
  brief = "You're on Brightmart's online orders phone line. It's Tuesday. Martin Fraser ordered a £329 bean-to-cup coffee machine "
    .. "on the website nine days ago, paying £4.99 for standard delivery. It arrived last Thursday, five days ago. "
    .. "Nothing is wrong with it: he has changed his mind. Check who you're speaking to before you open the order.",
  organisation = "brightmart",
  role = "Customer service adviser, Brightmart online orders (phone)",
  level = 2,
  minutes = 10,
  topics = { "consumer-rights", "data-protection", "record-keeping", "heat" },
  customer = { name = "Martin Fraser", look = "man-in-his-forties", mood = 50 },
  start = "call_opens",
  state = {
    total = "£333.99",
    order_open = false,
    read_out = false,
    asked_reason = false,
    terms_checked = false,
    misinformed = false,
    rescued = false,
    mistake = "none",
    last_wrong = "none",
    rechecked = false,
    shop_told = false,
    postage_wrong = false,
    refund_way = "none",
    note = "none",
  },
}

-- What the learner last told Martin wrongly, for the lines and the summary that refer back to it.
local function wrong_said(s)
  local said = {
    ["no-refunds"] = "that change-of-mind refunds aren't available on online orders",
    ["his-fault"] = "that as the mistake was his own, there was little Brightmart could do",
    goodwill = "that cancelling was a goodwill favour rather than his right",
    packaging = "that opened goods can't be sent back",
    ["from-order"] = "that his 14 days ran from the order date",
    rush = "that the machine had to be back within 14 days of delivery or the cancellation would fail",
    fee = "that a restocking fee would come off his refund",
    delivery = "that the £4.99 delivery charge wasn't refundable",
    slow = "that his refund could take 30 days",
  }
  return said[s.last_wrong] or "something wrong about his rights"
end

node "call_opens" {
  narration = "The call connects. There's a radio on in the background.",
  customer = "Hiya. I bought one of your coffee machines online last week. It came on Thursday and, honestly, I've changed my mind. "
    .. "It's massive. I want to send it back and get my money back.",
  choice { "Sorry, we don't do change-of-mind refunds on online orders. We only take things back if they're faulty.", id = "no-refunds",
    go = "no_refund_row", mood = -20, set = { misinformed = true, last_wrong = "no-refunds" },
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "Online orders are distance contracts. The Consumer Contracts Regulations give him 14 days after delivery to cancel for any reason, faulty or not." },
  choice { "Has it been opened? For hygiene and resale reasons we can only take back online orders that are unopened, in the original packaging with the seals intact.", id = "packaging",
    go = "packaging_row", mood = -10, set = { misinformed = true, last_wrong = "packaging" },
    breach = "ucp.misleading-rights",
    why = "There's no 'unopened' condition on the right to cancel, and a coffee machine isn't a sealed hygiene item. He can handle the goods as he could in a shop. Only handling beyond that can reduce the refund, and even then he can still cancel." },
  choice { "No problem, I can help with that. To open the order, can I take the order number and the name it's under?", id = "verify-first",
    go = "security",
    credit = { "policy.security-questions", "dpa.verify-identity", "heat.hear" },
    why = "You've heard what he wants and reassured him, and you check who he is before opening an order that holds his address and payment details." },
}

node "security" {
  customer = "Yeah, it's B M 5 5 2 1, 0 9 3 4. Martin Fraser.",
  choice { "Thanks, I've found an order. Is it delivered to 14 Hollins Road, Sheffield, and paid on the card ending 4417?", id = "read-out",
    go = "leaked", mood = 5, set = { read_out = true, order_open = true },
    breach = "policy.security-questions",
    why = "An order number is on every email and delivery note, so anyone could have it. Reading his address and card ending out for him to confirm gives the answers away, so the check proves nothing. "
      .. "He is Martin, so nothing reached anyone who shouldn't have it, but you couldn't know that. Ask him to tell you the details instead." },
  choice { "Thanks. For security, could you read me the long number on the card you paid with, the expiry date and the three digits on the back?", id = "full-card",
    go = "card_row", mood = -10,
    breach = { "dpa.minimisation", "policy.data-handling", "policy.security-questions" },
    why = "You don't need his full card details to check who he is, and the security code should never be asked for. Brightmart's checks are the postcode, the email address or the order total. Collecting more than you need puts his data at risk." },
  choice { "Thanks, Mr Fraser. Can you confirm the delivery postcode, and the email address you used for the order?", id = "postcode-email",
    go = "verified", set = { order_open = true },
    credit = { "policy.security-questions", "dpa.verify-identity", "dpa.minimisation" },
    why = "He gives the details and you check them, not the other way round. The postcode and email are enough to confirm it's his order, without collecting anything you don't need." },
}

node "leaked" {
  customer = function(s)
    if s.mood < 40 then
      return "Yes, that's me. But hang on, you've just read out my address and my card. I could've been anybody. What's the point of security if you tell me the answers?"
    end
    return "Yes, that's me. Mind you, you've just read my address out. I could've been anyone with my order number off the email."
  end,
  choice { "You're right, and I'm sorry: I should have asked, not told. So I can check it properly, can you tell me the email address on the order and the order total?", id = "own-it",
    go = "verified", mood = 5, set = { rechecked = true },
    credit = { "heat.apologise", "heat.own", "policy.security-questions" },
    why = "Owning it honestly and finishing the check with two questions you haven't given away the answers to puts the check right. "
      .. "As the caller is Martin himself, nothing went to anyone it shouldn't, so there's no data breach to report; the lesson is to ask, not tell." },
  choice { "Don't worry, it's only your address, and you've confirmed it's you. Let's crack on.", id = "shrug",
    go = "verified", mood = -10,
    breach = { "service.professional", "policy.security-questions" },
    why = "He's raised a fair point, and 'only your address' brushes it off. And he hasn't confirmed anything: agreeing with details you read out proves nothing, so the order is still open to an unchecked caller. Say sorry and ask him for details you haven't given away." },
}

node "card_row" {
  customer = function(s)
    if s.mood < 40 then
      return "The long number and the three digits on the back? Over the phone? That's exactly what scammers ask for. How do I know you're really Brightmart?"
    end
    return "The whole card number and the security code? Seriously? My bank says never give those out."
  end,
  choice { "You're quite right to question it, and I'm sorry. I don't need any of that. Can you confirm the delivery postcode and the email address on the order instead?", id = "apologise",
    go = "verified", mood = 10, set = { order_open = true },
    credit = { "heat.apologise", "dpa.minimisation", "policy.security-questions" },
    why = "Backing down quickly and using proportionate questions protects him and still confirms who he is." },
  choice { "It's our security procedure, sir. I can't go any further without it.", id = "insist",
    go = "hung_up", mood = -25,
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "Demanding a full card number and security code to confirm identity is excessive and unsafe. A customer who has been warned about scams will rightly hang up." },
}

node "verified" {
  narration = "The order is his: a bean-to-cup coffee machine, £329.00, and standard delivery, £4.99, paid by debit card. Ordered nine days ago; delivered last Thursday.",
  customer = function(s)
    if s.mood < 40 then
      return "Right. So can I send it back or not? The box hasn't even been opened."
    end
    return "Great. So can I send it back? The box hasn't even been opened. It's just sitting in the hall."
  end,
  choice { "Yes. Online, you've 14 days to cancel, counted from the day after delivery, and you don't need a reason. That's until the end of Thursday next week.", id = "explain-rights",
    go = "how_return", mood = 10,
    credit = { "ccr.cancellation-14-days", "service.clear-language" },
    why = "Right and plain: for goods bought online, the 14 days run from the day after delivery, and no reason is needed." },
  choice { "Yes, but the 14 days run from the date you placed the order, not from delivery, so you've only got five days left. If you cancel today, you're fine.", id = "from-order",
    go = "days_row", mood = -10, set = { misinformed = true, last_wrong = "from-order" },
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "For goods the 14 days start the day after delivery, not the order date. Giving him a shorter deadline than the law does misstates his rights." },
  choice { "Can I ask what made you change your mind? You don't have to say. It just helps us.", id = "ask-reason",
    when = "not asked_reason",
    go = "reason", set = { asked_reason = true },
    credit = "service.questioning",
    why = "An open question, making clear he doesn't have to answer, helps you understand him without making the reason a condition." },
  choice { "As long as it stays sealed and in the original packaging, yes. Once a machine like that's been opened, we can't resell it, so we can't take it back.", id = "packaging",
    go = "packaging_row", mood = -5, set = { misinformed = true, last_wrong = "packaging" },
    breach = "ucp.misleading-rights",
    why = "It happens to be sealed, but the right to cancel doesn't depend on that. Telling him it does misstates his rights, and he'll believe it next time." },
}

node "reason" {
  customer = "Honestly? It's massive. I didn't measure the gap under our cupboards, so that's my own fault. My partner's not impressed. So can I send it back or not?",
  choice { "If it's your own mistake, I'm not sure there's much we can do, to be honest.", id = "his-fault",
    go = "no_refund_row", mood = -15, set = { misinformed = true, last_wrong = "his-fault" },
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "The right to cancel an online order doesn't depend on whose fault it is. He doesn't need a reason at all." },
  choice { "Easy mistake; we've all done it. And yes: online, you've 14 days from the day after delivery, no reason needed. That's until the end of Thursday next week.", id = "explain-rights",
    go = "how_return", mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.empathise", "service.clear-language" },
    why = "You take the sting out of his embarrassment and give him the right deadline: 14 days from the day after delivery." },
  choice { "Easy mistake. Strictly, a change-of-mind return is a goodwill gesture rather than a right, but as you've been honest I'll ask my team leader to make an exception for you.", id = "goodwill",
    go = "no_refund_row", mood = -10, set = { misinformed = true, last_wrong = "goodwill" },
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "Goodwill applies to change-of-mind returns in a shop. Online, the Consumer Contracts Regulations give him 14 days to cancel for any reason, so it isn't an exception for anyone to grant. Mixing up policy and law misstates his rights." },
}

node "no_refund_row" {
  customer = function(s)
    local opener = "No refunds? That's rubbish."
    if s.last_wrong == "his-fault" then opener = "What's whose fault it is got to do with it?"
    elseif s.last_wrong == "goodwill" then opener = "A favour? It's not a favour." end
    if s.mood < 25 then
      return opener .. " Everyone knows you get 14 days when you buy online. Put me through to someone who knows what they're talking about."
    end
    if s.last_wrong == "goodwill" then
      return "An exception? I thought you always got 14 days when you buy online, no reason needed. That's what it says on every website."
    end
    return "Really? I thought you always got 14 days when you buy online, whatever the reason. That's what it says on every website."
  end,
  choice { "Sorry, you're right. I got that wrong. When you buy online you can cancel within 14 days of delivery, and you don't need a reason. Let me open your order. Can I take the order number and the name it's under?", id = "correct-verify",
    when = "not order_open",
    go = "security", mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.apologise", "policy.security-questions" },
    why = "Correcting yourself straight away, then doing security properly, gets things back on track." },
  choice { "Sorry, you're right. I got that wrong. You can cancel within 14 days, counted from the day after it was delivered, for any reason. It came last Thursday, so you've got until the end of Thursday next week.", id = "correct",
    when = "order_open",
    go = "how_return", mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.apologise" },
    why = "Owning the mistake and giving him the right deadline puts his rights back on track." },
  choice { function(s)
      if s.last_wrong == "goodwill" then
        return "Not for change of mind, no. That's only for faulty goods; anything else is goodwill, so it's up to my team leader."
      end
      return "That's only if it's faulty. Ours is a change-of-mind policy, and we don't offer one online."
    end,
    id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "The right to cancel an online order is a legal right, not a shop's goodwill policy. Refusing an in-time cancellation breaks the law and invites a chargeback or a complaint." },
}

node "packaging_row" {
  customer = function(s)
    if s.mood < 30 then
      return "It is still sealed, as it happens. But you're telling me if I'd opened it to look at it, I'd be stuck with it? That can't be right."
    end
    return "Well, it's still sealed, as it happens. But what if I'd opened it to have a look? You'd say no?"
  end,
  choice { function(s)
      local t = "Sorry, I overstated that. You're allowed to open something and look at it, the way you could in a shop, and still cancel. We could only take something off the refund if it had been handled more than that. As it's sealed, that doesn't come into it."
      if not s.order_open then
        t = t .. " Let me open your order. Can I take the order number and the name it's under?"
      end
      return t
    end,
    id = "correct",
    go = function(s)
      if s.order_open then return "how_return" end
      return "security"
    end,
    mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.apologise", "service.clear-language" },
    why = "The right to cancel doesn't depend on the box being sealed. Correcting yourself, accurately, stops him being misled." },
  choice { "Opened goods are non-returnable. That's company policy.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "Company policy can't take away a legal right to cancel. Only goods sealed for hygiene reasons, or sealed recordings and software, lose the right once unsealed, and a coffee machine is neither." },
}

node "days_row" {
  customer = function(s)
    if s.mood < 30 then
      return "Five days? It only turned up on Thursday! I checked before I ordered: it's 14 days from when you get it."
    end
    return "Five days? It only came on Thursday. I thought it was 14 days from when you get it?"
  end,
  choice { "You're right, and I'm sorry. For goods, it's 14 days from the day after delivery. So you've got until the end of Thursday next week, not five days.", id = "correct",
    go = "how_return", mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.apologise" },
    why = "Correcting the deadline straight away means he won't rush, or give up thinking he's too late." },
  choice { "It's from the order date. That's what our system works from.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "Whatever a system shows, the law says the 14 days for goods start the day after delivery. Insisting on the wrong date could cost him his right." },
}

node "how_return" {
  customer = function(s)
    if s.mood < 40 then
      return "Fine. So how do I get it back to you, and who's paying the postage? It weighs a ton."
    end
    return "Brilliant. So how do I get it back to you? And who pays the postage? It weighs a ton."
  end,
  choice { "Return postage is always the customer's cost on change-of-mind returns, I'm afraid; that's standard everywhere. A machine that size is usually about £20 by courier.", id = "always-you",
    go = "postage_row", mood = -10, set = { misinformed = true, postage_wrong = true },
    breach = "ucp.misleading-rights",
    why = "He can be asked to pay the cost of returning the goods only if he was told so before he ordered. 'Always' isn't right, and you haven't checked what he was told." },
  choice { "Let me check what you were told about returns when you placed the order, so I give you the right answer.", id = "check-terms",
    go = "returns_terms", minutes = 2, set = { terms_checked = true, postage_wrong = false },
    credit = "service.questioning",
    why = "Who pays for return postage depends on what he was told before he ordered. Checking the order's returns information means your answer rests on facts." },
  choice { "You'll need to pay the postage, and there's a 10% restocking fee on large items like coffee machines.", id = "restocking",
    go = "fee_row", mood = -20, set = { misinformed = true, mistake = "fee", last_wrong = "fee" },
    breach = { "ccr.refund-on-cancellation", "ucp.misleading-rights" },
    why = "There's no restocking fee on a cancellation. The only deduction allowed is for loss of value from handling it more than needed, and this machine is still sealed." },
  choice { "Returns are handled by our returns team, so I'll transfer you. They'll go through the postage and the refund with you; it's usually a short wait.", id = "transfer",
    go = "transferred", mood = -10, minutes = 2,
    breach = { "heat.own", "policy.service-standards" },
    why = "Who pays the postage and how the refund works are simple questions you can answer from the order. Transferring him is 'not my department': he waits again, repeats himself, and his cancellation isn't recorded." },
}

node "postage_row" {
  customer = "Always? When I sent a telly back to another shop last year, they emailed me a free label. Are you sure?",
  choice { "Good question. Let me check what you were told when you ordered, rather than guess.", id = "check",
    go = "returns_terms", mood = 5, minutes = 2, set = { terms_checked = true, postage_wrong = false },
    credit = { "heat.own", "service.questioning" },
    why = "Checking instead of repeating a guess is the professional move. What he was told before ordering decides who pays for postage." },
  choice { "I'm sure. That's how it works everywhere.", id = "insist",
    go = "refund_terms", mood = -10,
    breach = "ucp.misleading-rights",
    why = "It isn't how it works everywhere. He pays return costs only if he was told so in advance, and here you'd also be hiding the free way to return it." },
}

node "returns_terms" {
  narration = "At checkout and in his confirmation email, the returns terms said: 'Changed your mind? "
    .. "Cancel within 14 days of delivery. Return it free to any Brightmart shop, or post it back and pay the postage.'",
  customer = "Go on, then. What's the damage?",
  choice { "Postage is your cost, as it says there, and there's also a 10% restocking fee on large items like this, which comes off the refund.", id = "restocking",
    when = function(s) return s.mistake ~= "fee" end,
    go = "fee_row", mood = -20, set = { misinformed = true, mistake = "fee", last_wrong = "fee" },
    breach = { "ccr.refund-on-cancellation", "ucp.misleading-rights" },
    why = "The returns information you're looking at mentions no fee, and the law doesn't allow one. A deduction is allowed only for loss of value from excess handling, and the machine is still sealed." },
  choice { "You were told you'd pay the postage if you post it back, but you can take it to any Brightmart shop free. "
      .. "Either way, hand it in or post it within 14 days of today.", id = "explain",
    go = "refund_terms", mood = 10, set = { shop_told = true, postage_wrong = false },
    credit = { "ccr.cancellation-14-days", "service.clear-language", "service.expectations" },
    why = "He was told in advance, so he can be asked to pay postal return costs. Pointing out the free shop option, and the 14 days he has to send it back, sets clear expectations." },
  choice { "Postage is yours if you post it, or it's free to a shop. But the 14 days run from delivery, so it has to reach us by next Thursday. Get it in the post by Monday to be safe.", id = "rush",
    go = "deadline_row", mood = -10, set = { misinformed = true, last_wrong = "rush", shop_told = true },
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "Two different 14 days. He had 14 days from the day after delivery to cancel, and he's done that today. He then has 14 days from telling you to send it back or hand it in. Rushing him to Monday gives him less time than the law does." },
}

node "deadline_row" {
  customer = "Monday? I can't get to a post office or a shop till Saturday. I've told you I'm cancelling. Isn't that enough?",
  choice { "Sorry, I got that wrong. You've cancelled in time by telling me today. You then have 14 days from today to post it or take it into a shop, so Saturday's fine.", id = "correct",
    go = "refund_terms", mood = 10,
    credit = { "ccr.cancellation-14-days", "heat.apologise" },
    why = "Cancelling and returning are separate steps. He's cancelled within 14 days of delivery, and he has 14 days from today to send it back." },
  choice { "I'm afraid it has to be back with us inside the 14 days, or we can't accept the cancellation.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.cancellation-14-days", "ucp.misleading-rights" },
    why = "He's already cancelled in time. Refusing the cancellation because the goods arrive after the first 14 days misstates the law and could cost him £333.99." },
}

node "fee_row" {
  customer = function(s)
    if s.mood < 25 then
      return "A restocking fee? It's never been out of the box! That's thirty-odd quid for nothing. I want to speak to your manager."
    end
    return "A restocking fee? It's never even been out of the box. That doesn't sound right."
  end,
  choice { "You're right, I'm sorry. There's no restocking fee. We could only deduct if it had been handled more than needed to see how it works, "
      .. "and it's not even opened. Let me check what you were told about postage.", id = "correct",
    go = "returns_terms", mood = 10, minutes = 2, set = { terms_checked = true },
    credit = { "ccr.refund-on-cancellation", "heat.apologise" },
    why = "Withdrawing the fee and explaining the only deduction the law allows gives him accurate information." },
  choice { "It covers our costs of checking and repacking it. Everyone charges one.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.refund-on-cancellation", "ucp.misleading-rights" },
    why = "Charging a fee that isn't allowed cuts his refund unlawfully. 'Everyone does it' isn't a defence." },
}

node "refund_terms" {
  customer = function(s)
    if s.mood < 40 then
      return "And the money? How long am I waiting? And I want the £4.99 delivery back. I'm not paying to have something I don't want delivered."
    end
    return "And the money? How long does it take? Do I get the £4.99 delivery back as well?"
  end,
  choice { "We'll refund the £329. Delivery charges aren't refundable, I'm afraid.", id = "no-delivery",
    go = "delivery_row", mood = -15, set = { misinformed = true, mistake = "delivery", last_wrong = "delivery" },
    breach = { "ccr.refund-on-cancellation", "ucp.misleading-rights" },
    why = "On a cancellation the refund includes standard outbound delivery. Only the extra for a premium delivery option he chose could be kept back." },
  choice { "Yes, all {total}, delivery included, back on your debit card within 14 days of it reaching us or of your proof of postage, "
      .. "whichever's sooner. It's over £50, so I'm getting my team leader's OK.", id = "full",
    go = "log_cancel", mood = 10, minutes = 2, set = { refund_way = "approval" },
    credit = { "ccr.refund-on-cancellation", "policy.refund-limit", "service.limits-of-authority", "service.expectations" },
    why = "A full refund including standard delivery, to the same card, with the correct deadline. Over £50 needs a team leader under Brightmart's refund policy, and you tell him that without making it sound like a hurdle." },
  choice { "I'll put the whole {total} back on your card right now, delivery included, so you're not out of pocket while it's on its way back. No need to wait for the warehouse.", id = "refund-now",
    go = "log_cancel", mood = 10, minutes = 2, set = { refund_way = "now" },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "It feels generous, but a refund over £50 needs your team leader's authorisation under Brightmart's policy. Paying out before the machine is back is a decision above your authority." },
  choice { "Once the warehouse has received it and checked it over, the refund goes through within 30 days. It's usually quicker, but that's the time we quote.", id = "slow",
    go = "delivery_row", mood = -15, set = { misinformed = true, mistake = "slow", last_wrong = "slow" },
    breach = { "ccr.refund-on-cancellation", "service.expectations" },
    why = "The refund is due within 14 days of the goods coming back, or of proof of postage if that's sooner. Quoting 30 days sets a wrong expectation and would break the law if followed." },
}

node "delivery_row" {
  customer = function(s)
    if s.mistake == "slow" then
      if s.mood < 25 then
        return "Thirty days? For three hundred quid? No way. I'll go to my bank and do a chargeback."
      end
      return "Thirty days? That's a month without three hundred quid. Surely that's not right?"
    end
    if s.mood < 25 then
      return "Not refundable? I'm sending the whole thing back! Why should I pay for it to come? I want a manager."
    end
    return "Not refundable? I'm sending the whole thing back. Why should I pay to have it delivered?"
  end,
  choice { "You're right, I'm sorry. All {total} comes back, delivery included, to your debit card, "
      .. "within 14 days of the machine reaching us or your proof of postage, if sooner. I'm asking my team leader to authorise it now.", id = "correct",
    go = "log_cancel", mood = 10, minutes = 2, set = { refund_way = "approval" },
    credit = { "ccr.refund-on-cancellation", "policy.refund-limit", "heat.apologise" },
    why = "Correcting yourself and giving the full, accurate refund terms, within Brightmart's approval process, puts this right." },
  choice { "That's just our refund policy for online orders.", id = "insist",
    go = "wants_manager", mood = -15,
    breach = { "ccr.refund-on-cancellation", "ucp.misleading-rights" },
    why = "A shop's refund policy can't cut down the refund the Consumer Contracts Regulations require: everything paid, including standard delivery, within 14 days." },
}

node "log_cancel" {
  customer = function(s)
    if s.mood >= 60 then
      return "Brilliant, that's much easier than I thought. Is there anything else I need to do? A form or something?"
    end
    return "Right. Anything else I need to do? A form or something?"
  end,
  choice { "No, you're all set. There's no form and no reference needed: just drop it into any shop when you're passing, and they'll sort the refund out for you.", id = "no-log",
    go = "cancelled_unlogged", mood = 5, set = { shop_told = true },
    breach = { "policy.log-contact", "service.expectations" },
    why = "With nothing recorded, the shop won't know he cancelled in time, and 'when you're passing' could take him past the 14 days he has to return it." },
  choice { "Nothing else. I'm recording the cancellation now, dated today, and emailing you a returns reference. "
      .. "Take it to any shop, or post it and keep proof of postage.", id = "log",
    go = "cancelled", mood = 10, minutes = 2, set = { note = "log", shop_told = true },
    credit = { "policy.log-contact", "dpa.accurate-notes", "service.expectations" },
    why = "A dated record of the cancellation protects him and the business, and he knows exactly what happens next and what to keep." },
  choice { "I'll just pop a note on: 'Customer didn't measure his kitchen, changed his mind.' All done.", id = "snide-note",
    go = "cancelled", mood = 5, minutes = 1, set = { note = "snide" },
    breach = { "dpa.accurate-notes", "service.professional" },
    why = "The record should say what was agreed: the cancellation, the date and the refund terms. A remark about his mistake isn't needed, misses the facts and could be read by him in a subject access request." },
}

node "wants_manager" {
  customer = function(s)
    if s.mood < 15 then
      return "No. I'm not having this. Put me through to your manager, now, or I'm ringing my bank."
    end
    return "I'd like to speak to someone more senior, please. That doesn't sound right to me."
  end,
  choice { "Of course. I'll put you through to my team leader, Priya. I'll tell her everything first so you don't have to repeat yourself. You'll be on hold for about two minutes.", id = "escalate",
    go = "team_leader", mood = 10, minutes = 3,
    credit = { "service.escalate-clearly", "policy.escalation", "heat.own" },
    why = "When he asks for a manager, escalate promptly, brief the team leader and tell him how long he'll wait." },
  choice { "Before I transfer you: I've got this wrong, and I'm sorry. Let me put it right myself.", id = "fix-it",
    when = function(s) return s.mood >= 15 and not s.rescued end,
    set = { rescued = true },
    go = function(s)
      if s.order_open then return "how_return" end
      return "security"
    end,
    mood = 10,
    credit = { "heat.own", "heat.apologise" },
    why = "If you can see your mistake, owning it and fixing it yourself is often better than passing him on." },
  choice { "She'll only tell you the same thing.", id = "no-point",
    go = "refused", mood = -20,
    breach = { "heat.own", "policy.escalation" },
    why = "Refusing to escalate when a customer asks leaves him nowhere to go inside Brightmart, so his next stops are his bank and a complaint that Brightmart will lose." },
}

-- What the learner did about the identity check, for the summaries.
local function security_note(s)
  if s.read_out and s.rechecked then
    return " You read his details out for him to confirm at first, then owned it and finished the check by asking him."
  elseif s.read_out then
    return " His identity was never properly checked: he only agreed with details you read out to him."
  end
  return ""
end

ending "cancelled" {
  kind = "resolved",
  customer = function(s)
    if s.mood < 50 then
      return s.shop_told and "Right. I'll drop it into the shop on Saturday." or "Right. I'll get it posted on Saturday."
    end
    return s.shop_told and "Cheers. That was painless. I'll drop it into the shop on Saturday." or "Cheers. I'll get it posted on Saturday."
  end,
  summary = function(s)
    local t = "Martin cancelled within the 14-day period that runs from the day after delivery. He gets the full £333.99, including standard delivery, back on his debit card"
    if s.refund_way == "now" then
      t = t .. ", but you put it through at once, before the machine was back and without the team leader's approval that Brightmart requires for refunds over £50."
    else
      t = t .. " within 14 days of returning it, with the team leader's authorisation requested, as Brightmart's refund limit requires."
    end
    if s.postage_wrong then
      t = t .. " He was told, wrongly, that return postage is always the customer's to pay, and that was never corrected."
    end
    if s.note == "snide" then
      t = t .. " The contact note recorded a remark about his mistake instead of the cancellation, its date and the refund terms."
    else
      t = t .. " The cancellation was recorded, dated, with a returns reference."
    end
    return t .. security_note(s)
  end,
}

ending "cancelled_unlogged" {
  kind = "resolved",
  customer = "OK. I'll try and get in there at some point.",
  summary = function(s)
    return "Martin was told he could cancel, but nothing was recorded and he has no reference or deadline. If he leaves it too long, or the shop can't find the cancellation, a routine return could turn into a dispute." .. security_note(s)
  end,
}

ending "team_leader" {
  kind = "escalated",
  narration = "You brief Priya, your team leader, and transfer the call.",
  summary = function(s)
    return "The call was escalated to a team leader with a summary, after he was told " .. wrong_said(s) .. ". Martin was entitled to cancel within 14 days of delivery, for any reason, "
      .. "and to a full refund including standard delivery within 14 days of returning the machine, so you could have settled it yourself." .. security_note(s)
  end,
}

ending "transferred" {
  kind = "escalated",
  narration = "You transfer the call to the returns queue. Hold music starts.",
  summary = function(s)
    return "You passed Martin to another team for questions you could have answered from the order: who pays the postage and when the refund comes. He had to wait and explain it all again, and nothing was recorded about his in-time cancellation." .. security_note(s)
  end,
}

ending "refused" {
  kind = "unresolved",
  customer = "Right. I'll be talking to my bank about a chargeback, and to Citizens Advice about you lot.",
  summary = function(s)
    return "Martin was told " .. wrong_said(s) .. ", and then refused a manager. Under the Consumer Contracts Regulations he could cancel within 14 days of delivery, for any reason, "
      .. "and get everything back, delivery included, within 14 days of returning it. Brightmart faces a chargeback, a complaint or a small claim it would lose, and has lost his trust. "
      .. "Citizens Advice can advise him and pass his report to Trading Standards, which acts against unlawful practices but won't settle his refund for him." .. security_note(s)
  end,
}

ending "hung_up" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = "Martin hung up, worried the call was a scam, after being asked for his full card number and security code. He still has his right to cancel, but Brightmart has lost his trust, and asking for data it didn't need put him at risk.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "cancelled" }
expect { worst_grade = "Refer" }
expect { breaching = "policy.security-questions", grade = "Merit" }
