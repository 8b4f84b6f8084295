import { detectCrisis } from './src/text/crisisDetector';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '=>', JSON.stringify(detectCrisis(t)));
