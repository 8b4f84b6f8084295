import { detectCrisis } from '../src/text/crisisDetector';
for (const line of process.argv.slice(2)) console.log(JSON.stringify(line), '=>', JSON.stringify(detectCrisis(line)));
