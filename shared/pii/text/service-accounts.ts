import { BANKING } from './banking-words.ts';

/**
 * A utility, a phone carrier, a debt collector, a medical or dental practice or a warranty company keeps its own account for each customer: the number
 * files the bills or the line, it draws on no bank. Real call logs say so with the business's trade
 * ("Water District", "Power and Light", "your old carrier", "Outbound Dialer") or its trade's words (a premise,
 * a meter reading, a service address, propane, a water bill, internet, a modem) somewhere in the call. So does a
 * practice's or a warranty company's ("patient", "guarantor", "dental", "warranty"): its account numbers file the bills.
 */
const SERVICE_BUSINESS =
  /\b(?:(?:water|electric|gas|sewer|power|energy)(?: and light)? (?:district|department|company|authority|cooperative|co-op|utility)|power and light|electric cooperative|utilit(?:y|ies)|(?:old|new|current|previous) carrier|wireless|port(?:ing)? (?:your|my|the|a) (?:number|line)|collections|dialer|disconnect(?:ion)? notice|premise|meter (?:read(?:ing)?|number|access)|service address|start\/stop|propane|(?:water|gas|electric|power|trash|sewer) (?:bill|service|account)|internet|cable (?:tv|bill|box|service|company)|modem|router|retention|port-out|patient|guarantor|dental|orthodontic|warranty|hospital|charity care|alarm|monitoring)\b/;

/** The whole call is about a service business's account and names no bank: its account numbers are its own. */
export function isServiceAccountCall(lower: string): boolean {
  return SERVICE_BUSINESS.test(lower) && !BANKING.test(lower);
}
