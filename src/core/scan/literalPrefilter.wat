;; The scanner's prefilter: Teddy, the SIMD literal matcher of Hyperscan and Rust's aho-corasick,
;; over UTF-16 text. Each literal is reduced to a 4-character fingerprint and put in one of 8
;; buckets (a bit); for each fingerprint position j there are two 16-byte tables, indexed by the
;; low and the high nibble of a character, whose bytes hold the buckets that allow that nibble
;; there. A character passes position j for bucket b when both of its nibbles do; a block of 16
;; characters holds a candidate when, at some character, positions 0 to 3 (ending there) pass
;; for one bucket. Candidates can be false (nibbles of different literals mix): the caller checks
;; them with the exact pattern. Built by `npm run build:wasm` into literalPrefilterWasm.ts.
;;
;; Memory: bytes 0..127 hold the tables (position j: low nibbles at 32*j, high at 32*j+16), written
;; by literalPrefilter.ts; the text, as UTF-16LE code units, starts at byte 1024 (`scan` zeroes the
;; 32 bytes after it, which the last block reads). Characters above 255 narrow to 0 or 255, which
;; no ASCII fingerprint holds.
;; Each block's characters are looked up once per position (the buckets that allow each one
;; there); a fingerprint ending at a character needs positions 0 to 2 one to three characters
;; back, so those answers are shifted in from the previous block's: three shuffles of answers
;; rather than six of nibbles (as Teddy does).
(module
  (memory (export "memory") 2)
  ;; The first block at or after `from` (a multiple of 16, in characters) holding a candidate
  ;; (some fingerprint ends in it), or -1. `len`: characters of text.
  (func (export "scan") (param $from i32) (param $len i32) (result i32)
    (local $p i32) (local $byte i32)
    (local $cur v128) (local $nibble v128)
    (local $lo v128) (local $hi v128)
    ;; Per position j: the buckets each character of this block (and of the previous one) allows there.
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m0Prev v128) (local $m1Prev v128) (local $m2Prev v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128) (local $hi2 v128) (local $lo3 v128) (local $hi3 v128)
    (local.set $nibble (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $lo0 (v128.load (i32.const 0)))
    (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32)))
    (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $lo2 (v128.load (i32.const 64)))
    (local.set $hi2 (v128.load (i32.const 80)))
    (local.set $lo3 (v128.load (i32.const 96)))
    (local.set $hi3 (v128.load (i32.const 112)))
    (local.set $byte (i32.shl (local.get $len) (i32.const 1)))
    (v128.store offset=1024 (local.get $byte) (v128.const i64x2 0 0))
    (v128.store offset=1040 (local.get $byte) (v128.const i64x2 0 0))
    (local.set $p (local.get $from))
    ;; The block before `from` supplies the first three positions of fingerprints ending early in it.
    (if (i32.ge_s (local.get $p) (i32.const 16))
      (then
        (local.set $byte (i32.shl (i32.sub (local.get $p) (i32.const 16)) (i32.const 1)))
        (local.set $cur
          (i8x16.narrow_i16x8_u (v128.load offset=1024 (local.get $byte)) (v128.load offset=1040 (local.get $byte))))
        (local.set $lo (v128.and (local.get $cur) (local.get $nibble)))
        (local.set $hi (i8x16.shr_u (local.get $cur) (i32.const 4)))
        (local.set $m0Prev (v128.and (i8x16.swizzle (local.get $lo0) (local.get $lo)) (i8x16.swizzle (local.get $hi0) (local.get $hi))))
        (local.set $m1Prev (v128.and (i8x16.swizzle (local.get $lo1) (local.get $lo)) (i8x16.swizzle (local.get $hi1) (local.get $hi))))
        (local.set $m2Prev (v128.and (i8x16.swizzle (local.get $lo2) (local.get $lo)) (i8x16.swizzle (local.get $hi2) (local.get $hi))))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $p) (local.get $len)))
        ;; 16 characters narrowed to bytes, split into low and high nibbles, looked up per position.
        (local.set $byte (i32.shl (local.get $p) (i32.const 1)))
        (local.set $cur
          (i8x16.narrow_i16x8_u (v128.load offset=1024 (local.get $byte)) (v128.load offset=1040 (local.get $byte))))
        (local.set $lo (v128.and (local.get $cur) (local.get $nibble)))
        (local.set $hi (i8x16.shr_u (local.get $cur) (i32.const 4)))
        (local.set $m0 (v128.and (i8x16.swizzle (local.get $lo0) (local.get $lo)) (i8x16.swizzle (local.get $hi0) (local.get $hi))))
        (local.set $m1 (v128.and (i8x16.swizzle (local.get $lo1) (local.get $lo)) (i8x16.swizzle (local.get $hi1) (local.get $hi))))
        (local.set $m2 (v128.and (i8x16.swizzle (local.get $lo2) (local.get $lo)) (i8x16.swizzle (local.get $hi2) (local.get $hi))))
        (if (v128.any_true
              (v128.and
                (v128.and
                  ;; Position 0 of the fingerprint: three characters back.
                  (i8x16.shuffle 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 (local.get $m0Prev) (local.get $m0))
                  ;; Position 1: two characters back.
                  (i8x16.shuffle 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 (local.get $m1Prev) (local.get $m1)))
                (v128.and
                  ;; Position 2: one character back.
                  (i8x16.shuffle 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 (local.get $m2Prev) (local.get $m2))
                  ;; Position 3: the character itself.
                  (v128.and (i8x16.swizzle (local.get $lo3) (local.get $lo)) (i8x16.swizzle (local.get $hi3) (local.get $hi))))))
          (then (return (local.get $p))))
        (local.set $m0Prev (local.get $m0))
        (local.set $m1Prev (local.get $m1))
        (local.set $m2Prev (local.get $m2))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (i32.const -1)))
