// The demo accounts, for the sign-in page in demo mode (the seed itself is in scripts/seed/demo.ts).
export { demoLogins, DEMO_PASSWORD } from "../../scripts/seed/demo";
