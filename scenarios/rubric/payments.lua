-- Payment services: what a bank must do when a customer reports a payment they
-- did not authorise (Payment Services Regulations 2017).

principle "psr.unauthorised-refund" {
  kind = "law",
  group = "Payment Services Regulations 2017",
  title = "Refund an unauthorised payment by the end of the next business day",
  requires = "When a customer reports a card or account payment they did not authorise (within 13 months), "
    .. "the bank must refund it and put the account back as it was by the end of the next business day. "
    .. "Only reasonable grounds to suspect the customer of fraud, reported in writing to the authorities, "
    .. "allow a delay; \"we need to investigate first\" is not enough.",
  consequence = {
    customer = "Is left without their own money, perhaps unable to pay rent or bills, while the bank takes its time.",
    business = "A breach of the Regulations: FCA supervision and enforcement, and complaints upheld by the "
      .. "Financial Ombudsman Service with interest and compensation.",
  },
  source = "Payment Services Regulations 2017 (SI 2017/752) reg 76",
  weight = 4,
  critical = false,
}

principle "psr.customer-liability" {
  kind = "law",
  group = "Payment Services Regulations 2017",
  title = "State the customer's liability correctly",
  requires = "Do not tell a customer they must be to blame because their card or PIN was used: the bank must prove "
    .. "the payment was authorised. For a lost or stolen card their share is at most £35 unless they acted "
    .. "fraudulently or with gross negligence; they pay nothing for payments made after they reported it, or for "
    .. "online and phone purchases they did not make (unless they acted fraudulently).",
  consequence = {
    customer = "Believes they have lost the money for good and gives up a refund the law gives them.",
    business = "Complaints upheld by the Financial Ombudsman Service, FCA scrutiny, and a misleading statement "
      .. "about the customer's rights.",
  },
  source = "Payment Services Regulations 2017 (SI 2017/752) regs 75 and 77",
  weight = 3,
  critical = false,
}
