-- Frontline scenario: using three months of complaint data to improve service (PDCA).
-- Organisation: Brightmart (electricals retailer: shops + online), customer service centre.
-- The "customer" here is the area manager, who wants quick fixes. The learner, a team leader,
-- keeps every change within the law (CRA 2015, unfair trading law, UK GDPR) and Brightmart policy.

scenario {
  id = "brightmart.service-improvement",
  title = "Fixing the cause, not the customers",
  brief = "You're a team leader at Brightmart's customer service centre. You've analysed three months of complaint data "
    .. "(January to March) for the area's forty stores. Two problems stand out: customers with faulty goods being refused a "
    .. "refund because they had no till receipt, and long waits for repairs. Gareth Lowe, the area manager, has asked to meet you. "
    .. "He reports to the regional director on Friday and wants quick fixes. Plan a change that works, using Plan, Do, Check, Act, "
    .. "and keep it within the law and Brightmart's policies.",
  organisation = "brightmart",
  role = "Team leader, Brightmart customer service centre",
  level = 3,
  minutes = 15,
  topics = { "service-improvement", "complaints", "consumer-rights", "data-protection", "pdca" },
  customer = { name = "Gareth Lowe", look = "man-in-his-fifties", mood = 40 },
  start = "meeting_opens",
  state = {
    blamed = false,
    law_explained = false,
    root_cause_found = false,
    rule = "none",
    withdrawn = false,
    measured = false,
    limit_scrapped = false,
    trained = false,
    piloted = false,
    shared_log = false,
    incident_reported = false,
    names_in_report = false,
    slip = "none",
    plan = "none",
  },
}

node "meeting_opens" {
  narration = "Gareth Lowe, the area manager, drops into the chair opposite you with a coffee and puts his phone face up on the table.",
  customer = "Right, I've got twenty minutes. The regional director's seen the figures and she's not happy: "
    .. "nearly twelve hundred complaints from forty stores. I need something for her on Friday. What's going wrong?",
  choice { "Honestly? A lot of it's customers trying it on. People bring things back with no receipt, or after they've "
      .. "broken them, and kick off when the desk says no. The stores are doing their best.", id = "opinion",
    go = "the_data", mood = 5, set = { blamed = true },
    breach = { "complaint.learn", "service.professional" },
    why = "You've jumped to a cause, and blamed the customers, without looking at what the complaints actually say. Improvement starts from the data and the root cause." },
  choice { "Before the numbers: what exactly did the director ask for? I'd rather we answered her real question.", id = "hear",
    go = "director_ask", mood = 5,
    credit = { "heat.hear", "service.questioning" },
    why = "Gareth is your customer in this meeting. Finding out what he has been asked for means your plan answers the right question." },
  choice { "I've pulled the three months of complaint data together. Can I take you through it? It comes down to two main problems.", id = "data",
    go = "the_data", mood = 5,
    credit = { "complaint.learn", "service.clear-language" },
    why = "Starting from the complaint data, rather than opinions, is the first step of any improvement." },
}

node "director_ask" {
  customer = "She wants complaints down next quarter, and she wants to see we've got a plan, not excuses. Between you and me, she'd like it sorted by yesterday.",
  choice { "Then let's give her a plan built on the data, with an honest date: changes take a few weeks to show in the "
      .. "numbers. Here's where the complaints come from.", id = "plan",
    go = "the_data", mood = 5,
    credit = { "complaint.learn", "service.expectations" },
    why = "You set a realistic expectation with your own 'customer' and steer the meeting towards the evidence." },
  choice { "Then tell her we'll halve complaints within a month. That'll keep her happy.", id = "promise",
    go = "the_data", mood = 10,
    breach = "service.expectations",
    why = "There's nothing yet to base that on. A promise like this sets the area up to fail and damages trust with the director." },
  choice { "Then we give her names. I'll rank the forty stores by complaints and put the bottom five in the report, so she "
      .. "can lean on their managers. It's quick, and it shows we're on it.", id = "name-stores",
    go = "the_data", mood = 10,
    breach = { "complaint.learn", "service.professional" },
    why = "Ranking and naming stores before you know why the complaints happen blames colleagues for what may be a fault in the process, and tells the director nothing about the cause." },
}

node "the_data" {
  narration = "January to March: 1,184 complaints. 402 (34%): refund refused, faulty item, no receipt. 318 (27%): "
    .. "repair waits, averaging 26 days; one in five over six weeks. First contact resolution: 41%. Repeat contacts: 290.",
  customer = function(s)
    local fix = " Easy fix. We tell every store: insist on a receipt. No receipt, no refund, no argument. That's a third of the complaints gone overnight."
    if s.blamed then
      return "Four hundred complaints about no receipt. Told you. Chancers." .. fix
    end
    return "Four hundred about receipts? Right. That's easy, then." .. fix
  end,
  choice { "Maybe. But before we decide anything, let's see why these refunds are being refused. I pulled 50 of those complaints at random and read them.", id = "dig",
    go = "root_cause",
    credit = { "complaint.investigate", "complaint.learn" },
    why = "Looking at a sample of the complaints before choosing a fix is how you find the root cause instead of treating the symptom." },
  choice { "Makes sense, and it's simple for the desks to follow. I'll brief the teams tomorrow: no receipt, no refund, no "
      .. "argument. We'll put a notice up at every desk so customers know before they queue.", id = "agree-rule",
    go = "rule_rollout", mood = 10, set = { rule = "no-receipt" },
    breach = { "cra.proof-of-purchase", "ucp.misleading-rights" },
    why = "No law requires a till receipt. For faulty goods any reasonable proof of purchase will do, and Brightmart's own refunds policy says so. A blanket 'no receipt, no refund' rule misstates customers' rights." },
  choice { "I can't back that. For faulty goods a bank statement or order email is reasonable proof; our policy agrees. "
      .. "'No receipt, no refund' misstates their rights: likely a misleading practice.", id = "law",
    go = "receipts_pushback", mood = -5, set = { law_explained = true },
    credit = { "cra.proof-of-purchase", "ucp.misleading-rights", "service.professional" },
    why = "You challenge your manager calmly, naming both the law and the organisation's own policy, and explaining the consequence of getting it wrong." },
}

node "receipts_pushback" {
  customer = function(s)
    if s.mood < 40 then
      return "Oh, come on. Whose side are you on? Every shop on the high street says no receipt, no refund. "
        .. "If we take people's word for it, we'll be refunding stuff they bought somewhere else."
    end
    return "Hmm. But if we don't ask for a receipt, how do we know they bought it from us and not somewhere else?"
  end,
  choice { "Fair enough. 'No receipt, no refund' it is, and managers can make exceptions.", id = "cave",
    go = "rule_rollout", mood = 10, set = { rule = "no-receipt" },
    breach = { "cra.proof-of-purchase", "ucp.misleading-rights" },
    why = "Allowing 'exceptions' doesn't fix it: the rule still tells customers something untrue about their rights, and most of them will believe it." },
  choice { "We still ask for proof, just not only a receipt: a payment in a banking app, an order email, a loyalty record. "
      .. "With no proof at all, the desk calls a supervisor.", id = "reasonable-proof",
    go = "root_cause", mood = 10,
    credit = { "cra.proof-of-purchase", "service.clear-language" },
    why = "You answer his real worry, fraud, with a practical approach that stays within the law." },
  choice { "Easy: with no receipt, the desk writes down the long number from the customer's card and searches the till "
      .. "records for it. If it matches, refund; if not, no refund.", id = "card-number",
    go = "root_cause", mood = 5, set = { slip = "card" },
    breach = { "dpa.minimisation", "policy.data-handling", "cra.proof-of-purchase" },
    why = "Writing down full card numbers breaks the data-handling policy (last four digits only) and collects more than a refund needs. And refusing anyone without a card match ignores other reasonable proof, such as an order email." },
}

node "root_cause" {
  narration = "Of 50 'no receipt' complaints, 38 offered other proof. Notes say 'till won't process without receipt no.' The till demands a receipt number; "
    .. "desk guides still say one is required, though policy changed two years ago.",
  customer = "Hang on. So staff are turning people away because the till won't let them through? Is that even allowed?",
  choice { "Not really, and staff should know better by now. I'll send round a reminder of the refunds policy and put "
      .. "anyone who refuses a refund without good reason on a warning. That'll stop it.", id = "blame-staff",
    go = "repairs", mood = 5,
    breach = { "complaint.learn", "service.professional" },
    why = "The staff are doing what the till and the desk guide tell them. Warning them fixes nothing, because the cause is the process, and it damages morale." },
  choice { "No, and that's the root cause: our process, not chancers. The till demands a receipt number, the guide agrees, "
      .. "and staff follow. For faulty goods any reasonable proof will do.", id = "root-law",
    when = "not law_explained",
    go = "repairs", mood = 10, set = { root_cause_found = true, law_explained = true },
    credit = { "complaint.learn", "complaint.investigate", "cra.proof-of-purchase", "ucp.misleading-rights" },
    why = "You've found the root cause in the process, not the people, and linked it to the legal requirement it breaks." },
  choice { "It isn't, and that's the root cause: our process, not chancers. The till forces a receipt number and the desk "
      .. "guide's out of date. Fix those, and most of these go.", id = "root",
    when = "law_explained",
    go = "repairs", mood = 10, set = { root_cause_found = true },
    credit = { "complaint.learn", "complaint.investigate" },
    why = "You've found the root cause in the process, not the people. That's where the fix has to go." },
}

node "repairs" {
  customer = "OK, receipts I get. Now repairs: three hundred complaints about waiting. My fix: no more refunds on faulty stuff, "
    .. "repairs only. Refunds cost a fortune, and the manufacturer's warranty covers half the repairs anyway.",
  choice { "Repairs only goes too far, but we could meet in the middle, like a lot of retailers do: we repair first, and "
      .. "if it fails three times the customer gets a refund. Fewer refunds, and it still looks fair.", id = "three-repairs",
    go = "rule_rollout", mood = 5, set = { rule = "three-repairs" },
    breach = { "cra.final-right", "ucp.misleading-rights" },
    why = "The law gives one go: if one repair or one replacement doesn't fix the fault, the customer can ask for a refund or a price reduction. 'Three repairs first' is a common myth." },
  choice { "We can't. Within 30 days, faulty goods can be rejected for a refund. After that the customer picks repair or "
      .. "replacement. If one fails, it's a refund or price cut. And we're liable, not the maker.", id = "rights",
    go = "repair_cause", mood = -5,
    credit = { "cra.short-term-reject", "cra.repair-or-replace", "cra.final-right", "cra.retailer-liable", "ucp.misleading-rights" },
    why = "You set out the remedies accurately: the 30-day right to reject, the customer's choice of repair or replacement, the final right after one failed repair, and the retailer's responsibility." },
  choice { "That would save money. I'll tell the desks: faulty goods go for repair, no refunds.", id = "repairs-only",
    go = "rule_rollout", mood = 10, set = { rule = "repairs-only" },
    breach = { "cra.short-term-reject", "cra.repair-or-replace", "ucp.misleading-rights" },
    why = "Within 30 days a customer can reject faulty goods for a full refund, and it's the customer who chooses repair or replacement. A repairs-only rule takes away rights the law gives them." },
}

node "repair_cause" {
  narration = "The repair complaints: in 61%, the item was under 30 days old and the customer had asked for a refund or replacement, "
    .. "but was told everything goes for repair first. Those jobs are clogging the repair centre.",
  customer = function(s)
    if s.mood < 40 then
      return "So what am I supposed to tell the director? That we're going to refund everybody? She'll laugh me out of the room."
    end
    return "So the repair queue's full of things that shouldn't be in it. What would you do about it?"
  end,
  choice { "Not refund everybody: give people the remedy they ask for and are owed. Within 30 days, refund or replace at "
      .. "the desk, first time. Those jobs leave the repair queue, so real repairs go faster.", id = "cost-case",
    go = "plan", mood = 10,
    credit = { "cra.short-term-reject", "cra.repair-or-replace", "service.first-contact-resolution", "complaint.learn" },
    why = "You show that the lawful fix is also the efficient one: it deals with the cause of the repair queue and raises first contact resolution." },
  choice { "Set expectations. We tell every customer at the desk to expect up to six weeks for a repair and print it on "
      .. "the job sheet. If they know upfront, they won't complain, and the wait stops being a shock.", id = "six-weeks",
    go = "plan", mood = 5, set = { slip = "six-weeks" },
    breach = { "complaint.learn", "cra.repair-or-replace" },
    why = "This leaves the cause in place: items sent for repair against the customer's choice. Repairs must also be done within a reasonable time and without significant inconvenience, so warning people about a long wait doesn't make it lawful." },
  choice { "Send repairs to the manufacturer instead. Their warranty, their queue.", id = "manufacturer",
    go = "plan", mood = 5, set = { slip = "manufacturer" },
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "The customer's contract is with Brightmart, so Brightmart deals with the fault. A manufacturer's warranty sits alongside the customer's rights; it doesn't replace them, and sending people away misstates those rights." },
}

node "plan" {
  customer = function(s)
    if s.mood < 40 then
      return "Go on, then. What's the plan? And keep it short. She reads the first page and nothing else."
    end
    return "Right, I'm listening. What's the plan? Keep it to a page. She reads the first page and nothing else."
  end,
  choice { "Simple. A memo to all the stores telling them to stop refusing refunds, and we see what happens.", id = "memo",
    go = "refund_limit_ask", set = { plan = "memo" },
    breach = "complaint.learn",
    why = "A memo doesn't touch the till, the out-of-date desk guide or the repair routing, and with no baseline you'll never know if it worked." },
  choice { "Three fixes: the till takes other proof; the guide matches the law; desks give the remedy on the spot, a "
      .. "refund within 30 days or the repair or replacement chosen. This quarter is our baseline.", id = "pdca",
    go = "refund_limit_ask", mood = 10, set = { measured = true },
    credit = { "complaint.learn", "service.first-contact-resolution", "cra.repair-or-replace" },
    why = "A proper Plan stage: changes aimed at each root cause, and measures with a baseline so you can check whether they worked." },
  choice { "Give every store a target: cut logged complaints by half next quarter, with the figure in each manager's "
      .. "review. Managers will soon find ways to get the numbers down, and she'll see action.", id = "targets",
    go = "refund_limit_ask", mood = 5, set = { plan = "targets" },
    breach = { "complaint.log", "complaint.learn" },
    why = "A target on logged complaints rewards not logging them. The complaints still happen; they just stop being recorded, and the data you need to find causes disappears." },
}

node "refund_limit_ask" {
  customer = "One snag. If desks are doing more refunds, I don't want customers queueing for a supervisor. Let's take the £50 limit off in the stores. "
    .. "Staff can refund whatever they like.",
  choice { "I'd keep it. The £50 limit is policy, not law, so it can change, but not on our say-so. Put a supervisor on at "
      .. "busy times; if sign-off still jams, take the figures to the policy owner.", id = "keep-limit",
    go = "staff",
    credit = { "policy.refund-limit", "service.seek-approval", "service.limits-of-authority" },
    why = "You keep the change within policy, separate policy from law, and show the proper route to change a rule: evidence, then approval." },
  choice { "Good idea. Desks shouldn't queue for sign-off on a refund the customer's owed by law anyway. I'll tell the "
      .. "stores the £50 limit's off from Monday and let head office know once it's running.", id = "scrap",
    go = "staff", mood = 10, set = { limit_scrapped = true },
    breach = { "policy.refund-limit", "service.seek-approval", "service.limits-of-authority" },
    why = "The £50 limit is Brightmart policy. Neither of you can switch it off in a meeting: an exception needs approval from the policy owner, and ignoring it exposes the business to fraud and mistakes." },
  choice { "Desks can ask customers over £50 to come back when a supervisor's in.", id = "come-back",
    go = "staff",
    breach = { "policy.refund-limit", "service.first-contact-resolution" },
    why = "The £50 limit is an authorisation check, never a reason to delay a refund the customer is owed. Sending people away to come back later just moves the queue to another day and adds a second visit." },
}

node "staff" {
  customer = "And the staff? I'll stick a line in the Monday email.",
  choice { "I'll put a league table up in each store showing which staff had the most complaints this quarter, names and "
      .. "all. Nobody wants to be bottom of it, so it'll sharpen them up fast.", id = "league-table",
    go = "pilot", mood = 5,
    breach = { "complaint.learn", "service.professional" },
    why = "The cause is the till and the guide, not the people. Naming and shaming staff creates a blame culture and makes them hide problems instead of reporting them." },
  choice { "The Monday email will do. They're all busy enough as it is.", id = "email",
    go = "pilot",
    why = "Not wrong, but an email alone rarely changes habits, and it doesn't ask the staff what else gets in their way." },
  choice { "Email won't undo the till's habits. A 20-minute huddle per store: proof of purchase, the 30-day right to "
      .. "reject, the customer's choice of remedy, logging refund reasons. And ask what blocks them.", id = "train",
    go = "pilot", set = { trained = true },
    credit = "complaint.learn",
    why = "Training tied to the change, and the front line's own knowledge of what gets in their way: that's how a change sticks." },
}

node "pilot" {
  customer = function(s)
    if s.mood < 45 then
      return "And I want it in all forty stores from Monday. I haven't got time for anything else."
    end
    return "Right. I'd like to do all forty stores from Monday and get the numbers down fast. Any reason not to?"
  end,
  choice { "Pilot it first: Kirkgate, Harrogate and Wakefield for six weeks, compared with similar stores we leave alone. "
      .. "If something breaks, it's three stores, not forty, and we'll know what worked.", id = "pilot",
    go = "agency", set = { piloted = true },
    credit = { "complaint.learn", "service.expectations" },
    why = "That's the Do stage done properly: a small, controlled test with a comparison, so the Check stage means something." },
  choice { function(s)
      local what = s.trained and "till, guide and huddles in one go" or "till and guide in one go"
      if s.plan == "memo" then what = "the memo goes to every store at once"
      elseif s.plan == "targets" then what = "every store gets its target at once" end
      return "Fair enough, she wants speed. All forty stores from Monday: " .. what .. ", so the whole area's figures move together."
    end,
    id = "all-stores",
    go = "agency", mood = 10,
    why = "Fast, but if something goes wrong it goes wrong everywhere, and with nothing to compare against you won't know which change made the difference." },
}

node "agency" {
  customer = "One more thing. Head office uses an agency, Clearview Insight, for mystery shopping. I know a guy there. "
    .. "Email him the raw complaint log, names and all, and they'll do a proper analysis for the director. Saves you a job.",
  choice { "Will do. I'll email him the spreadsheet this afternoon.", id = "send",
    go = "log_sent", mood = 10, set = { shared_log = true },
    breach = { "dpa.third-party-authority", "dpa.minimisation", "policy.data-handling" },
    why = "Sending customers' personal data to an outside company with no authority or agreement is a personal data breach. An area manager's say-so isn't authority to share it." },
  choice { "I can't send the raw log: it's nearly twelve hundred customers' details, and Clearview aren't authorised to "
      .. "have them. You'll get figures by category and store, with nobody named.", id = "anonymise",
    go = "check", mood = -5,
    credit = { "dpa.third-party-authority", "dpa.minimisation", "policy.data-handling" },
    why = "You protect customers' data, explain why in plain terms, and still give Gareth what he actually needs: the trends, not the names." },
  choice { "I won't send names, that's a data protection issue. I'll take the names column out and send Clearview the "
      .. "rest: dates, stores, order numbers and what each complaint said. They can still analyse that.", id = "strip-names",
    go = "log_sent", set = { shared_log = true },
    breach = { "dpa.third-party-authority", "dpa.minimisation", "policy.data-handling" },
    why = "Without names, the log still has addresses, phone numbers, order numbers and what people complained about, so it still identifies them. Clearview has no authority to receive it, and this is an unauthorised disclosure." },
}

node "log_sent" {
  narration = "The spreadsheet's gone to Clearview. Later, section 4 of the data policy catches your eye: "
    .. "'If personal data reaches the wrong person... report it to the Data Protection Team at once... Never try to fix it quietly.'",
  customer = function(s)
    if s.piloted then
      return "Sent? Good. Right, I've got to dash. Let's meet again when the pilot's done."
    end
    return "Sent? Good. Right, I've got to dash. Let's meet again in six weeks and see where we are."
  end,
  choice { "Gareth, that spreadsheet shouldn't have gone: Clearview aren't authorised to have customer data. I'm reporting "
      .. "it to the Data Protection Team now, so they can act quickly.", id = "report",
    go = "check", mood = -10, set = { incident_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "You can't undo the disclosure, but reporting it internally straight away lets the Data Protection Team limit the harm and decide quickly whether the ICO must be told (normally within 72 hours if people are at risk)." },
  choice { "It's an agency head office already uses for mystery shopping, so they'll have a contract that covers data. "
      .. "I'll ask your contact to delete the file once they're done, and we'll leave it there.", id = "leave-it",
    go = "check",
    breach = "dpa.breach-report",
    why = "Using Clearview for mystery shopping doesn't authorise them to receive complaint data. This is a personal data breach: it must go to the Data Protection Team at once, not be tidied away with a quiet request to delete it." },
}

node "check" {
  narration = function(s)
    local wakefield = ""
    if s.limit_scrapped then
      wakefield = " And with the £50 limit ignored, two large refunds at Wakefield turned out to be fraudulent; internal audit wants to know who authorised it."
    end
    if s.plan == "memo" then
      return "Six weeks later, you meet Gareth again. 'No receipt' complaints have hardly moved: the tills still demand a receipt number "
        .. "and the desk guide hasn't changed. With no baseline, nobody can say what the memo did." .. wakefield
    elseif s.plan == "targets" then
      return "Six weeks later, you meet Gareth again. Logged complaints are down by a third, but repeat contacts are up, and two "
        .. "store managers admit their desks have stopped logging complaints." .. wakefield
    end
    if s.piloted and s.limit_scrapped then
      return "Six weeks later, you meet Gareth with the pilot results. In the three pilot stores, 'no receipt' complaints have fallen from 61 "
        .. "to 9, repair-wait complaints from 48 to 27, and first contact resolution is up from 41% to 63%. The comparison stores haven't changed much. "
        .. "But with the £50 limit ignored, two large refunds at Wakefield turned out to be fraudulent, and internal audit wants to know who authorised it."
    elseif s.piloted then
      return "Six weeks later, you meet Gareth with the pilot results. In the three pilot stores, 'no receipt' complaints have fallen from 61 "
        .. "to 9, repair-wait complaints from 48 to 27, and first contact resolution is up from 41% to 63%. The comparison stores haven't changed much. "
        .. "One snag: refunds needing a supervisor's sign-off have doubled, and at Harrogate some customers waited 20 minutes for one."
    end
    return "Six weeks later, you meet Gareth again. Complaints across the area are down a little. But the till change crashed in eleven stores "
      .. "in the first week, and because every store changed at once, you can't tell which changes made the difference."
  end,
  customer = function(s)
    if s.plan == "memo" then
      return "Well, it's no worse. Let's call it done and move on. I've got other fires to put out."
    elseif s.plan == "targets" then
      return "Down by a third! That's what she wanted. Let's call it a win and move on."
    end
    if not s.piloted then
      return "Down is down. Let's call it a win and move on. I've got other fires to put out."
    end
    if s.mood < 40 then
      return "Right. The numbers are better, I'll give you that. Roll it out everywhere tomorrow and we'll call it done."
    end
    return "These are great numbers! Let's roll it out everywhere tomorrow, and I'll tell the director we've cracked it."
  end,
  choice { "Agreed, the numbers are down and the director will be pleased. We'll call it done, and I'll stop running the "
      .. "weekly complaint reports so the team can get back to the phones.", id = "declare",
    go = "short_lived", mood = 10,
    breach = "complaint.learn",
    why = "Check means checking, and then you keep measuring. Stopping now means nobody notices if the numbers slip back, or if the change has caused a new problem." },
  choice { "Good, and real: pilot stores improved, comparison stores didn't. But sign-off is the new bottleneck in "
      .. "Harrogate. Fix that first: a supervisor on at busy times, figures to the policy owner.", id = "check-pilot",
    when = function(s) return s.plan == "none" and s.piloted and not s.limit_scrapped end,
    go = "act", mood = 5,
    credit = { "complaint.learn", "complaint.follow-up", "policy.refund-limit" },
    why = "A real Check stage: you follow up on whether the change did what was planned, compare with the baseline and the comparison stores, and spot the new problem it created before it goes everywhere." },
  choice { "The results are good, but Wakefield is my fault: we should never have ignored the £50 limit. I'll tell audit it was our decision, and the limit goes back today. Then we fix the sign-off queue properly before we roll out.", id = "own-fraud",
    when = function(s) return s.plan == "none" and s.piloted and s.limit_scrapped end,
    go = "act", mood = -5,
    credit = { "complaint.learn", "heat.own" },
    why = "Owning the mistake and putting the policy back is the right call. The Check stage has done its job by showing the problem." },
  choice { "Down a little isn't proof. With every store changed at once, we can't tell what worked or what the till crash cost us. Let's check store by store over the next six weeks before we call it.", id = "unclear",
    when = function(s) return s.plan == "none" and not s.piloted end,
    go = "act", mood = -5,
    credit = "complaint.learn",
    why = "Honest about what the data can and can't show. Better late than never, but a pilot would have given a clear answer." },
  choice { function(s)
      local t
      if s.plan == "memo" then
        t = "It hasn't worked: the memo left the till and the guide as they were. "
      else
        t = "Those figures aren't real: the target has stopped stores logging complaints, so it goes. "
      end
      t = t .. "We go back to the causes: the till takes other proof, the guide matches the law, and we measure from a baseline."
      if s.limit_scrapped then t = t .. " And the £50 limit goes back today; Wakefield is on me." end
      return t
    end,
    id = "rethink",
    when = function(s) return s.plan ~= "none" and s.plan ~= "rethought" end,
    go = "act", mood = -5, set = { plan = "rethought" },
    credit = { "complaint.learn", "heat.own" },
    why = "A real Check stage: the figures show the first plan didn't touch the cause, so you say so and plan again, this time at the till and the guide, with a baseline." },
}

node "act" {
  customer = "Fine. So what does 'standardise' actually look like? What do I put in front of the director?",
  choice { function(s)
      return "Roll the till change, the guide and " .. (s.trained and "the huddles" or "proper training") .. " out to all forty stores, guide signed off by the policy owner. Track "
        .. "monthly: complaint types, first contact resolution, repeats, repair times, one-day acknowledgements."
    end,
    id = "standardise",
    go = "report", mood = 10,
    credit = { "complaint.learn", "service.seek-approval", "policy.complaint-sla", "service.sla" },
    why = "Act: make the change the standard, get it approved, and keep measuring against clear service levels so the improvement lasts." },
  choice { function(s)
      return "Keep it light. Send all forty stores " .. (s.piloted and "the pilot stores' notes" or "our notes") .. " and the new till settings, and let each manager "
        .. "adapt them to their own store. They know their customers better than head office."
    end,
    id = "copy-notes",
    go = "report",
    breach = "service.seek-approval",
    why = "Changing how refunds work in forty stores on the strength of some notes, with no sign-off from the policy owner, is bending the rules without approval, and there's no plan to keep measuring." },
}

node "report" {
  customer = "And the report. She likes real examples. Put a few actual complaints in: names, what they bought, what they said. Makes it hit home.",
  choice { "Good idea, she'll remember real people. I'll paste in five of the worst complaints word for word, with the "
      .. "customers' names, towns and order numbers, so she sees exactly what went wrong.", id = "names",
    go = function(s)
      if s.shared_log and not s.incident_reported then return "breach_hidden" end
      if s.shared_log then return "incident_reported" end
      return "standardised"
    end,
    set = { names_in_report = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "The director doesn't need to know who the customers are to understand the problem, and reports like this get forwarded. Use anonymised examples." },
  choice { "Real examples, yes, but anonymised: 'A Harrogate customer's £180 vacuum died after a week. She showed the "
      .. "payment in her banking app and was turned away twice.' Reports get forwarded.", id = "anonymised",
    go = function(s)
      if s.shared_log and not s.incident_reported then return "breach_hidden" end
      if s.shared_log then return "incident_reported" end
      return "standardised"
    end,
    mood = 5,
    credit = { "dpa.minimisation", "policy.data-handling" },
    why = "A vivid, anonymised example makes the case for senior managers without sharing anyone's personal data." },
}

node "rule_rollout" {
  narration = function(s)
    if s.rule == "repairs-only" then
      return "A month later. Every faulty item now goes for repair. Complaints are up, the repair queue is longer than ever, and a report about "
        .. "a ten-day-old fridge sent away has reached Trading Standards through Citizens Advice."
    elseif s.rule == "three-repairs" then
      return "A month later. Desks now tell customers they need three failed repairs before a refund. A customer whose replacement phone failed "
        .. "in a week reported it to Citizens Advice, who passed it to Trading Standards."
    end
    return "A month later. 'No receipt, no refund' notices are up at every desk, and 'refund refused' complaints are up by half. A customer's photo "
      .. "of the notice beside her banking app has reached Trading Standards through Citizens Advice."
  end,
  customer = function(s)
    if s.mood < 40 then
      return "Trading Standards have been on to head office about the rule: they've had reports from several stores. The director wants to know whose idea this was, and I'm not taking the fall on my own."
    end
    return "Bad news. Trading Standards have been on to head office about the new rule, after reports from customers. The director wants to know whose idea it was."
  end,
  choice { "The stores must have applied it wrong. That's not what we meant.", id = "blame-stores",
    go = "unlawful_rule", mood = -10,
    breach = { "service.professional", "heat.own" },
    why = "The stores did exactly what they were told. Blaming them hides the real problem: a rule that misstates customers' rights." },
  choice { "It was a mistake, and I should have said so at the time. The rule misstates customers' rights. We withdraw it "
      .. "today, contact the customers we turned away, then fix the real causes.", id = "own",
    when = "not withdrawn",
    go = function(s)
      if s.rule ~= "no-receipt" then return "repair_cause" end
      if s.root_cause_found then return "repairs" end
      return "root_cause"
    end,
    mood = 5, set = { withdrawn = true },
    credit = { "heat.own", "ucp.misleading-rights", "complaint.learn" },
    why = "Owning the mistake, withdrawing the rule and putting things right for the customers affected is the only way back." },
  choice { "It's company policy and it was signed off. Plenty of retailers say the same, and Trading Standards can't tell "
      .. "us how to run our own refunds. I'll draft a reply for head office saying so.", id = "defend",
    go = "unlawful_rule", mood = -5,
    breach = "ucp.misleading-rights",
    why = "A shop's policy can't take away customers' legal rights. Defending it invites enforcement action from Trading Standards or the CMA." },
}

local function extras(s)
  local t = ""
  if s.limit_scrapped then t = t .. " Ignoring the £50 refund limit without approval broke Brightmart policy." end
  if s.names_in_report then t = t .. " Putting customers' names in the report shared more personal data than the director needed." end
  if not s.piloted then t = t .. " Without a pilot, it was hard to tell which change made the difference." end
  return t
end

ending "standardised" {
  kind = "resolved",
  customer = function(s)
    if s.slip ~= "none" then
      return "Right. A plan and some evidence, at least. Let's hope nobody looks too closely at the rest."
    end
    return "Right. A plan, evidence and the law on our side. She'll like that. Nice work."
  end,
  summary = function(s)
    local t
    if s.root_cause_found then
      t = "You used the complaint data to find the root causes (a till that demanded a receipt number, an out-of-date desk guide and "
        .. "faulty goods sent for repair against customers' wishes) and worked through Plan, Do, Check, Act."
    else
      t = "You worked through Plan, Do, Check, Act, but never pinned the 'no receipt' complaints on their cause, a till and desk guide that demanded a receipt, so the fix aimed at the staff instead."
    end
    if s.plan == "rethought" then
      t = t .. " Your first plan didn't reach the cause, but the Check stage showed it and you planned again."
    end
    if s.withdrawn then
      t = t .. " A rule that misstated customers' rights went out first and had to be withdrawn."
    end
    local slips = {
      card = "matching card numbers at the desk collects data Brightmart forbids and turns away customers with other proof",
      ["six-weeks"] = "warning customers of six-week repairs doesn't make long repairs lawful or fix their cause",
      manufacturer = "sending repairs to the manufacturer misstates customers' rights against Brightmart",
    }
    if slips[s.slip] then
      t = t .. " But one part of the plan was unlawful: " .. slips[s.slip] .. "."
    elseif not s.withdrawn then
      t = t .. " Every change stayed within the Consumer Rights Act" .. (s.limit_scrapped and "." or " and Brightmart policy.")
    end
    return t .. extras(s)
  end,
}

ending "incident_reported" {
  kind = "escalated",
  customer = "The Data Protection Team want to see us both on Monday. Let's get the rest of this right, at least.",
  summary = function(s)
    return "The improvement plan went ahead, but customers' complaint records were sent to an outside agency with no authority to have them. "
      .. "That is a personal data breach. Reporting it at once let the Data Protection Team act, but it should never have happened." .. extras(s)
  end,
}

ending "breach_hidden" {
  kind = "lost",
  customer = "Clearview have sent the director their analysis. She's asking where they got our customers' names from.",
  summary = function(s)
    return "Customers' complaint records went to an outside agency with no authority to receive them, and the breach wasn't reported to the "
      .. "Data Protection Team. Hiding a breach stops the business limiting the harm or telling the ICO in time, and customers' trust is lost." .. extras(s)
  end,
}

ending "unlawful_rule" {
  kind = "lost",
  customer = "Well, that's my Friday ruined. And probably yours.",
  summary = function(s)
    local rights = {
      ["no-receipt"] = "to use any reasonable proof of purchase instead of a till receipt",
      ["repairs-only"] = "to reject faulty goods within 30 days and to choose repair or replacement",
      ["three-repairs"] = "to a refund or a price cut after one failed repair or replacement",
    }
    return "A quick fix that took away customers' legal rights (" .. (rights[s.rule] or "under the Consumer Rights Act") .. ") drove complaints up, "
      .. "and reports from customers brought Trading Standards in. The root causes were never fixed."
  end,
}

ending "short_lived" {
  kind = "unresolved",
  customer = "Great. I'll tell her it's sorted.",
  summary = function(s)
    if s.plan == "memo" then
      return "Measuring stopped before anyone admitted the memo hadn't worked: the tills and the desk guide still turn customers away. "
        .. "Without the Check and Act stages, the causes are still there, and so are the complaints."
    elseif s.plan == "targets" then
      return "The fall in logged complaints came from stores not logging them, and measuring stopped before anyone checked. "
        .. "The causes are still there, and the figures can no longer be trusted."
    end
    return "The changes helped, but measuring stopped before the results were checked properly or the new problems were fixed. "
      .. "Without the Check and Act stages, nothing was standardised, and the complaint figures are likely to slip back."
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "standardised" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { breaching = "dpa.breach-report", grade = "Refer" }
