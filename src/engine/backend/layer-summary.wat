;; (ASCII only: wabt rejects other characters, comments included)
;; One layer's summary in one pass over its values, four at a time (wasm SIMD): the histogram
;; slots, sum(v-c), sum((v-c)^2) and the saturated count - the numbers layerSummaries() computes with
;; tfjs ops, rounded the same way (every step in float32; only the sums are accumulated in
;; float64). Compiled by scripts/build-wasm.mjs into layer-summary-wasm.ts; summary-kernel.ts
;; copies a layer's values into this module's memory, a chunk at a time, and calls `summarise`
;; once per chunk (the tables keep adding up; the stats are each call's own).
;;
;; Slots, as the ops count them: t = (v - lo)*scale in float32, k = clip(floor(t), -1, bins - 1) + 1;
;; where values above hi can occur (`above`), v > hi adds 1 more. Slot 0 is "below lo" (and NaN:
;; min/max keep NaN, the saturating int conversion makes it 0), slots 1 ... bins are the bins,
;; bins + 1 is "above hi". Each of the four lanes counts into its own table (`width` = bins + 2
;; slots each); the caller adds the four up.
(module
  (memory (export "memory") 1)

  ;; src: the values (float32, readable in whole 16-byte groups past n); n: how many;
  ;; tables: 4 x width int32 slots, zeroed by the caller; stats: sum(v-c), sum((v-c)^2) as float64,
  ;; then the saturated count as int32. Saturated: v < satLo or v > satHi, or NaN if nanSat.
  (func (export "summarise")
    (param $src i32) (param $n i32) (param $tables i32) (param $width i32) (param $stats i32)
    (param $lo f32) (param $hi f32) (param $scale f32) (param $last f32) (param $above i32)
    (param $c f32) (param $satLo f32) (param $satHi f32) (param $nanSat i32)
    (local $i i32) (local $addr i32) (local $stride i32)
    (local $v v128) (local $k v128) (local $active v128) (local $d v128) (local $d2 v128)
    (local $s1 v128) (local $s2 v128) (local $sat v128)
    (local $lanes v128) (local $nv v128) (local $abovev v128) (local $nanv v128)
    (local $lov v128) (local $hiv v128) (local $scalev v128) (local $lastv v128) (local $cv v128)
    (local $satLov v128) (local $satHiv v128)
    (local.set $lov (f32x4.splat (local.get $lo)))
    (local.set $hiv (f32x4.splat (local.get $hi)))
    (local.set $scalev (f32x4.splat (local.get $scale)))
    (local.set $lastv (f32x4.splat (local.get $last)))
    (local.set $cv (f32x4.splat (local.get $c)))
    (local.set $satLov (f32x4.splat (local.get $satLo)))
    (local.set $satHiv (f32x4.splat (local.get $satHi)))
    ;; all-ones masks when the option is on
    (local.set $abovev (i32x4.splat (i32.sub (i32.const 0) (local.get $above))))
    (local.set $nanv (i32x4.splat (i32.sub (i32.const 0) (local.get $nanSat))))
    (local.set $nv (i32x4.splat (local.get $n)))
    (local.set $lanes (v128.const i32x4 0 1 2 3))
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $v (v128.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
        ;; lanes past n (the last group) count nothing
        (local.set $active (i32x4.lt_s (i32x4.add (local.get $lanes) (i32x4.splat (local.get $i))) (local.get $nv)))
        ;; the slot of each lane
        (local.set $k
          (f32x4.min
            (f32x4.max
              (f32x4.floor (f32x4.mul (f32x4.sub (local.get $v) (local.get $lov)) (local.get $scalev)))
              (v128.const f32x4 -1 -1 -1 -1))
            (local.get $lastv)))
        (local.set $k
          (i32x4.sub
            (i32x4.trunc_sat_f32x4_s (f32x4.add (local.get $k) (v128.const f32x4 1 1 1 1)))
            (v128.and (f32x4.gt (local.get $v) (local.get $hiv)) (local.get $abovev))))
        ;; lane j adds 1 (or 0 if past n) to slot k_j of table j
        (local.set $addr (i32.add (local.get $tables) (i32.shl (i32x4.extract_lane 0 (local.get $k)) (i32.const 2))))
        (i32.store (local.get $addr) (i32.add (i32.load (local.get $addr)) (i32.and (i32x4.extract_lane 0 (local.get $active)) (i32.const 1))))
        (local.set $addr (i32.add (i32.add (local.get $tables) (local.get $stride)) (i32.shl (i32x4.extract_lane 1 (local.get $k)) (i32.const 2))))
        (i32.store (local.get $addr) (i32.add (i32.load (local.get $addr)) (i32.and (i32x4.extract_lane 1 (local.get $active)) (i32.const 1))))
        (local.set $addr (i32.add (i32.add (local.get $tables) (i32.shl (local.get $stride) (i32.const 1))) (i32.shl (i32x4.extract_lane 2 (local.get $k)) (i32.const 2))))
        (i32.store (local.get $addr) (i32.add (i32.load (local.get $addr)) (i32.and (i32x4.extract_lane 2 (local.get $active)) (i32.const 1))))
        (local.set $addr (i32.add (i32.add (local.get $tables) (i32.mul (local.get $stride) (i32.const 3))) (i32.shl (i32x4.extract_lane 3 (local.get $k)) (i32.const 2))))
        (i32.store (local.get $addr) (i32.add (i32.load (local.get $addr)) (i32.and (i32x4.extract_lane 3 (local.get $active)) (i32.const 1))))
        ;; d = v - c and d^2 in float32 (as tf.sub, tf.square), inactive lanes zeroed, summed in float64
        (local.set $d (v128.and (f32x4.sub (local.get $v) (local.get $cv)) (local.get $active)))
        (local.set $d2 (f32x4.mul (local.get $d) (local.get $d)))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.promote_low_f32x4 (local.get $d))))
        (local.set $s1 (f64x2.add (local.get $s1)
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $d) (local.get $d)))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.promote_low_f32x4 (local.get $d2))))
        (local.set $s2 (f64x2.add (local.get $s2)
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $d2) (local.get $d2)))))
        ;; saturated: a mask of all ones per lane, so subtracting it adds 1
        (local.set $sat
          (i32x4.sub (local.get $sat)
            (v128.and (local.get $active)
              (v128.or
                (v128.or (f32x4.lt (local.get $v) (local.get $satLov)) (f32x4.gt (local.get $v) (local.get $satHiv)))
                (v128.and (local.get $nanv) (f32x4.ne (local.get $v) (local.get $v)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $next)))
    (f64.store (local.get $stats)
      (f64.add (f64x2.extract_lane 0 (local.get $s1)) (f64x2.extract_lane 1 (local.get $s1))))
    (f64.store offset=8 (local.get $stats)
      (f64.add (f64x2.extract_lane 0 (local.get $s2)) (f64x2.extract_lane 1 (local.get $s2))))
    (i32.store offset=16 (local.get $stats)
      (i32.add
        (i32.add (i32x4.extract_lane 0 (local.get $sat)) (i32x4.extract_lane 1 (local.get $sat)))
        (i32.add (i32x4.extract_lane 2 (local.get $sat)) (i32x4.extract_lane 3 (local.get $sat)))))))
