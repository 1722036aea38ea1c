// The output-size calculator: H, W, FH, FW, P, S as controls and OH, OW by the formula (plain
// arithmetic, no engine), with the book's example (28, 31), 5×5, P 2, S 3 → (10, 11) as default.
import { ParamControls, type Bound } from '../../kit';
import type { ConvolutionSchema } from '../schema';
import { SizeFormula } from './SizeFormula';

export function SizeCalculator({ of }: { of: Bound<ConvolutionSchema> }) {
  const v = of.values;
  return (
    <details className="conv-calc" open>
      <summary>출력 크기 계산기 (식 그대로, 엔진 없이 계산)</summary>
      <ParamControls
        of={of}
        names={['calc-h', 'calc-w', 'calc-fh', 'calc-fw', 'calc-p', 'calc-s']}
      />
      <div data-calc>
        <SizeFormula
          H={v['calc-h']}
          W={v['calc-w']}
          FH={v['calc-fh']}
          FW={v['calc-fw']}
          P={v['calc-p']}
          S={v['calc-s']}
        />
      </div>
    </details>
  );
}
