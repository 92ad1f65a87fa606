import { startDemoSite } from './server';

// npm run demo-site — serves the demo sites until Ctrl+C.
const site = await startDemoSite({
  port: Number(process.env.PORT ?? 8080),
  otherPort: Number(process.env.OTHER_PORT ?? 8081),
});
process.stdout.write(
  `Demo site: ${site.origin}/  (policy on another origin: ${site.otherOrigin})\n`,
);
