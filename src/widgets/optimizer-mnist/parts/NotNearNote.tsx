// What a race widget says before it comes near the screen (its race is not made until then).
export function NotNearNote() {
  return (
    <p className="race__note" role="status">
      이 위젯이 화면 가까이 오면 MNIST를 불러와 신경망을 준비해요.
    </p>
  );
}
