// The reader's own MNIST-format data (e.g. Fashion-MNIST): four idx files, plain or .gz, read in
// the browser and handed to a new session. A bad file shows the trainer's Korean message here
// and nothing else changes (the current session goes on); "공식 MNIST로 돌아가기" goes back.
import { useId, useState } from 'react';
import type { IdxFiles } from '../compute';

const FIELDS: ReadonlyArray<[keyof IdxFiles, string]> = [
  ['trainImages', '훈련 이미지'],
  ['trainLabels', '훈련 레이블'],
  ['testImages', '시험 이미지'],
  ['testLabels', '시험 레이블'],
];

type Picked = Partial<Record<keyof IdxFiles, File>>;

const bytes = async (f: File) => new Uint8Array(await f.arrayBuffer());

export function FilePicker({
  onFiles,
  open,
  official,
}: {
  /** the session trains on the reader's files now */
  onFiles: boolean;
  /** starts a session on these files; rejects (with a Korean message) when one is bad */
  open: (files: IdxFiles) => Promise<void>;
  /** back to the official MNIST */
  official: () => void;
}) {
  const id = useId();
  const [picked, setPicked] = useState<Picked>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const complete = FIELDS.every(([k]) => picked[k]);

  const start = async () => {
    const [trainImages, trainLabels, testImages, testLabels] = FIELDS.map(([k]) => picked[k]!);
    setBusy(true);
    setError('');
    try {
      const read = await Promise.all([trainImages, trainLabels, testImages, testLabels].map(bytes));
      await open({
        trainImages: read[0],
        trainLabels: read[1],
        testImages: read[2],
        testLabels: read[3],
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="train-mnist__files">
      <summary>내 MNIST 형식 파일로 학습하기</summary>
      <p className="train-mnist__note">
        MNIST와 같은 idx 형식(압축하지 않은 파일이나 .gz) 파일 네 개를 고르세요. 예를 들어
        Fashion-MNIST 파일도 그대로 쓸 수 있어요. 이미지는 28×28, 레이블은 0~9여야 해요. 파일은 이
        브라우저 안에서만 읽어요.
      </p>
      <div className="train-mnist__files-grid">
        {FIELDS.map(([key, label]) => (
          <label key={key} htmlFor={`${id}-${key}`}>
            <span>{label}</span>
            <input
              id={`${id}-${key}`}
              type="file"
              data-file={key}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                setPicked((prev) => ({ ...prev, [key]: f }));
                setError('');
              }}
            />
          </label>
        ))}
      </div>
      <div className="train-mnist__buttons">
        <button type="button" disabled={!complete || busy} onClick={() => void start()}>
          {busy ? '파일 확인 중…' : '이 파일로 학습 준비'}
        </button>
        {onFiles && (
          <button type="button" disabled={busy} onClick={official}>
            공식 MNIST로 돌아가기
          </button>
        )}
      </div>
      {error && (
        <p className="train-mnist__files-error" role="alert">
          파일을 쓸 수 없어요: {error}
        </p>
      )}
    </details>
  );
}
