// @ts-check
// Both entries of the package, as a site would use them: the element (importing it registers
// <mining-calculator>) and the JS API from `minecalc/api`, which shares its wasm instance.
import MiningCalculator from 'minecalc';
import init, { calculate } from 'minecalc/api';

await init();
const r = calculate({ coin: 'ltc', hashrate: '16 GH/s', difficulty: '50000000', blockReward: '6.25', powerWatts: 3425, electricityPrice: '0.10' });
const out = document.getElementById('api');
if (out) out.textContent = r.daily.coins;

const calc = document.querySelector('mining-calculator');
if (calc instanceof MiningCalculator) {
  await calc.ready;
  calc.electricityPrice = 0.08;
  calc.dataset.profit = calc.result?.daily.profit ?? '';
}
