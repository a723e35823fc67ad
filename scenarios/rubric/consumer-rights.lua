-- Consumer rights: the Consumer Rights Act 2015 (goods and services bought
-- from a trader) and unfair commercial practices (DMCCA 2024).

principle "cra.satisfactory-quality" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Goods must be good quality, fit for purpose and as described",
  requires = "Recognise that goods must be of satisfactory quality, fit for any purpose the customer made known, and match their description. A fault is the trader's problem, even on sale items, unless it was pointed out before purchase.",
  consequence = {
    customer = "Is refused a remedy for goods that do not meet the legal standard.",
    business = "Has to provide the remedy anyway, plus complaint costs, a likely claim in the small claims court or ADR, and possible Trading Standards interest.",
  },
  source = "Consumer Rights Act 2015 ss.9–11",
  weight = 3,
  critical = false,
}

principle "cra.short-term-reject" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "The 30-day short-term right to reject",
  requires = "If faulty goods are rejected within 30 days of delivery, give a full refund with no deduction for use. Do not force a repair on the customer.",
  consequence = {
    customer = "Loses a legal remedy and is left with faulty goods or a long wait.",
    business = "Ends up refunding anyway, plus complaint costs, possible Trading Standards action and lost trust.",
  },
  source = "Consumer Rights Act 2015 ss.20, 22",
  weight = 3,
  critical = false,
}

principle "cra.repair-or-replace" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "The customer chooses repair or replacement",
  requires = "Let the customer choose repair or replacement, and do it free, within a reasonable time and without major inconvenience. Only refuse their choice if it is impossible or costs far more than the other option.",
  consequence = {
    customer = "Is pushed into the cheaper option for the business and may wait longer for working goods.",
    business = "Breaks the Act, so the customer can move straight to a refund or price reduction; complaint and ADR costs follow.",
  },
  source = "Consumer Rights Act 2015 s.23",
  weight = 3,
  critical = false,
}

principle "cra.final-right" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "One failed repair or replacement, then refund or price cut",
  requires = "If goods are still faulty after one repair or one replacement (or it was not done in a reasonable time), offer the final right to reject or a price reduction. Do not insist on more repairs.",
  consequence = {
    customer = "Is stuck in a cycle of repairs without working goods.",
    business = "Has to refund anyway and may also pay for the customer's extra losses; no deduction for use is allowed within 6 months of delivery (except motor vehicles).",
  },
  source = "Consumer Rights Act 2015 s.24",
  weight = 3,
  critical = false,
}

principle "cra.six-month-presumption" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Faults within six months are presumed to be there from the start",
  requires = "If a fault appears within 6 months of delivery and the customer wants a repair, replacement, price cut or final refund, treat it as present from delivery. It is for the business, not the customer, to prove otherwise.",
  consequence = {
    customer = "Is wrongly made to prove the fault was not their doing and may give up a valid claim.",
    business = "Its defence fails at ADR or in court, and it pays the remedy plus the cost of the dispute.",
  },
  source = "Consumer Rights Act 2015 s.19(14)–(15)",
  weight = 3,
  critical = false,
}

principle "cra.proof-of-purchase" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "No receipt needed: any reasonable proof of purchase",
  requires = "Accept any reasonable proof of purchase, such as a bank or card statement or an order confirmation. Never refuse a faulty-goods claim just because there is no till receipt.",
  consequence = {
    customer = "Is wrongly refused a legal remedy.",
    business = "Has to give the remedy anyway after a complaint, and a \"no receipt, no refund\" approach invites Trading Standards attention.",
  },
  source = "Consumer Rights Act 2015 ss.19–24 give the remedies; no law makes them depend on a till receipt, the customer only has to show they bought from the trader (Business Companion / Trading Standards guidance)",
  weight = 3,
  critical = false,
}

principle "cra.refund-14-days" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Refund within 14 days",
  requires = "Once you agree the customer is due a refund, pay it without undue delay and within 14 days.",
  consequence = {
    customer = "Is left out of pocket while waiting for money they are owed.",
    business = "Breaks the Act, the complaint grows, and the customer can take it to ADR or the small claims court.",
  },
  source = "Consumer Rights Act 2015 s.20(15)",
  weight = 3,
  critical = false,
}

principle "cra.refund-same-method" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Refund the same way they paid",
  requires = "Refund to the same payment method the customer used (card to card, cash as cash), unless the customer agrees to something else. Do not force a credit note or voucher on them.",
  consequence = {
    customer = "Is stuck with a voucher or credit they did not want.",
    business = "Breaks the Act and has to pay the refund properly anyway, with added complaint costs.",
  },
  source = "Consumer Rights Act 2015 s.20(16)",
  weight = 3,
  critical = false,
}

principle "cra.no-fee" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "No fee for a legal refund",
  requires = "Do not charge a restocking fee or any other fee for a refund the customer is legally entitled to.",
  consequence = {
    customer = "Loses money they are entitled to.",
    business = "Has to repay the fee, and charging it risks complaints, ADR and Trading Standards action.",
  },
  source = "Consumer Rights Act 2015 s.20(17)",
  weight = 3,
  critical = false,
}

principle "cra.retailer-liable" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "The seller is responsible, not the manufacturer",
  requires = "Deal with the fault yourself: the customer's contract is with the business that sold the goods. Do not send them to the manufacturer.",
  consequence = {
    customer = "Is passed from pillar to post and may give up a valid claim.",
    business = "Remains liable anyway; telling customers otherwise can be a misleading practice and risks Trading Standards action.",
  },
  source = "Consumer Rights Act 2015 Part 1 Chapter 2 (rights are against the trader under the sales contract)",
  weight = 3,
  critical = false,
}

principle "cra.risk-until-delivery" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Goods are the seller's risk until delivered",
  requires = "Until goods are in the customer's hands (or someone they named), a loss is the trader's problem. Investigate with the courier and resend or refund; do not tell the customer to chase the courier.",
  consequence = {
    customer = "Is left without the goods or their money.",
    business = "Must resend or refund anyway, and the complaint is likely to be upheld at ADR or in court.",
  },
  source = "Consumer Rights Act 2015 s.29",
  weight = 3,
  critical = false,
}

principle "cra.services-care-skill" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Services must be done with reasonable care and skill",
  requires = "Recognise that a service must be carried out with reasonable care and skill, judged by how the work was done and by normal industry standards.",
  consequence = {
    customer = "Pays for poor work and is refused a remedy.",
    business = "Must redo the work or reduce the price, and may face a damages claim.",
  },
  source = "Consumer Rights Act 2015 s.49",
  weight = 3,
  critical = false,
}

principle "cra.repeat-performance" {
  kind = "law",
  group = "Consumer Rights Act 2015",
  title = "Redo a poor service free of charge",
  requires = "If a service was not done properly, offer to redo it at no cost, in a reasonable time. If that is impossible, offer a price reduction, which can be up to the full price.",
  consequence = {
    customer = "Is left with a poor job or asked to pay again to put it right.",
    business = "Still owes a repeat or a price reduction of up to 100%, and may face a damages claim.",
  },
  source = "Consumer Rights Act 2015 ss.55–56",
  weight = 3,
  critical = false,
}

principle "ucp.misleading-rights" {
  kind = "law",
  group = "Unfair commercial practices",
  title = "Never misstate a customer's rights",
  requires = "Give customers accurate information about their rights. Saying things like \"no refunds on faulty goods\" or \"take it up with the manufacturer\" is false, and a sign or term that tries to take away legal rights is not binding.",
  consequence = {
    customer = "Gives up a remedy they are legally entitled to, or makes a decision based on false information.",
    business = "False or misleading information that affects a customer's decision can be a misleading action: Trading Standards or CMA enforcement (CMA fines up to 10% of global turnover) and possible criminal liability.",
  },
  source = "Digital Markets, Competition and Consumers Act 2024 ss.225–226 (misleading actions); Consumer Rights Act 2015 ss.31, 62 (terms restricting statutory rights are not binding)",
  weight = 3,
  critical = false,
}

principle "ucp.aggressive" {
  kind = "law",
  group = "Unfair commercial practices",
  title = "Never pressure or threaten a customer",
  requires = "Never use threats, harassment or a customer's vulnerability to push them into paying, agreeing or "
    .. "giving something up, for example threatening to cut them off or to fit a meter unless they pay today.",
  consequence = {
    customer = "Agrees to something out of fear that they cannot afford or did not want.",
    business = "An aggressive commercial practice: Trading Standards or CMA enforcement (fines up to 10% of global "
      .. "turnover), and the customer's right to unwind the agreement under the Consumer Protection from Unfair "
      .. "Trading Regulations 2008.",
  },
  source = "Digital Markets, Competition and Consumers Act 2024 ss.225, 228 (aggressive practices); consumers' "
    .. "redress: Consumer Protection from Unfair Trading Regulations 2008 Part 4A",
  weight = 3,
  critical = false,
}
