-- Energy regulation (Great Britain): the statutory payments for missed
-- appointments and the supply-licence duties an energy adviser meets on every
-- call (Priority Services Register, ability to pay, prepayment-meter safeguards).
-- Licence conditions are regulation enforced by Ofgem, so they are scored as law,
-- never as house policy.

principle "energy.gsop-appointments" {
  kind = "law",
  group = "Energy regulation (Ofgem)",
  title = "Missed appointments: the statutory payment is automatic",
  requires = "When the supplier or its engineer misses a booked visit, or moves it with less than a working "
    .. "day's notice without the customer's recorded agreement, tell the customer a £40 payment is owed "
    .. "for each failure and is credited within 10 working days without any claim (a further £40 if it "
    .. "is late). It is a legal standard, not goodwill, and it is not part of your goodwill limit.",
  consequence = {
    customer = "Misses money the law says is theirs, or is told to fight for it through a complaint.",
    business = "A breach of the Guaranteed Standards: an extra £40 per late payment, Ofgem enforcement and redress "
      .. "across every customer affected.",
  },
  source = "Electricity and Gas (Standards of Performance) (Suppliers) Regulations 2015 (SI 2015/1544) regs 3, 8 "
    .. "and 9, as amended by SI 2024/1166 (£40 from 2 January 2025)",
  weight = 3,
  critical = false,
}

principle "energy.priority-services" {
  kind = "law",
  group = "Energy regulation (Ofgem)",
  title = "Offer the Priority Services Register",
  requires = "When a customer mentions pensionable age, a disability or long-term condition, medical equipment, a "
    .. "hearing or sight impairment, a young child or another vulnerable situation, offer the free Priority "
    .. "Services Register without waiting to be asked: say what it gives, record the specific needs and ask "
    .. "consent to share them with the network operator.",
  consequence = {
    customer = "Gets no warning of planned power cuts and no extra help in an emergency, which can be dangerous "
      .. "for someone on medical equipment.",
    business = "A breach of the supply licence, Ofgem enforcement, and a vulnerable customer missed when it matters.",
  },
  source = "Gas and electricity supply licence condition 26 (Priority Services Register); Ofgem guidance on the "
    .. "Priority Services Register",
  weight = 3,
  critical = false,
}

principle "energy.ability-to-pay" {
  kind = "law",
  group = "Energy regulation (Ofgem)",
  title = "Base a payment plan on what the customer can afford",
  requires = "When a customer is, or may be, struggling to pay, offer help and payment options (instalments, "
    .. "Fuel Direct where available, a prepayment meter only where safe and practicable) and set any "
    .. "instalment from what they can afford, never from a system minimum. Point them to free debt advice.",
  consequence = {
    customer = "Agrees to a plan they cannot keep, falls further behind, and may cut back on heating or food.",
    business = "A breach of the supply licence, broken plans and repeat calls, and complaints upheld by the "
      .. "Energy Ombudsman.",
  },
  source = "Gas and electricity supply licence condition 27 (payment difficulty, ability to pay); Ofgem's "
    .. "ability-to-pay principles",
  weight = 3,
  critical = false,
}

principle "energy.prepayment-safeguards" {
  kind = "law",
  group = "Energy regulation (Ofgem)",
  title = "Never threaten a prepayment meter; know who is protected",
  requires = "Never use a prepayment meter as a threat to collect a debt. A meter may not be fitted or switched "
    .. "to prepayment without agreement where someone needs a continuous supply for health reasons (such as "
    .. "powered medical equipment), a child under 2 lives there, or everyone is 75 or over with no other "
    .. "support: say so clearly, record why and flag the account.",
  consequence = {
    customer = "Is frightened into paying what they cannot afford, or left without power for medical equipment.",
    business = "A breach of the supply licence rules in force since November 2023: the credit meter restored, "
      .. "compensation and Ofgem enforcement.",
  },
  source = "Gas and electricity supply licence conditions on involuntary prepayment meters (in force 8 November "
    .. "2023) and Ofgem's guidance on when a prepayment meter is safe and reasonably practicable",
  weight = 4,
  critical = false,
}
