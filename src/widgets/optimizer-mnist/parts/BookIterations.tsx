// The line under a ch6 race's controls: how many iterations the book ran, and a button for the
// book's run when the (shorter, quicker) default is on.
export function BookIterations({
  iterations,
  book,
  onBook,
}: {
  iterations: number;
  /** the book's number of iterations */
  book: number;
  onBook: () => void;
}) {
  const n = (v: number) => v.toLocaleString('en-US');
  const same = iterations === book;
  return (
    <p className="race__book">
      <span>
        {same
          ? `책과 같은 ${n(book)}회를 학습해요.`
          : `책은 ${n(book)}회 학습했어요. 지금은 ${n(iterations)}회예요(처음 그림을 빨리 보도록 기본값은 짧게 잡았어요).`}
      </span>
      {!same && (
        <button type="button" onClick={onBook}>
          책 설정 그대로 ({n(book)}회)
        </button>
      )}
    </p>
  );
}
