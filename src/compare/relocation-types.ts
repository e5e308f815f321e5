// How many bytes a relocation writes, per machine, so the comparison can mask relocated fields, and
// which PC-relative relocations in code carry a bias in their addend: x86-64's "-4" (the CPU adds the
// next instruction's address, so `lea .LC0(%rip)` carries addend -4 for string offset 0) and s390's
// "+2" (`larl %r1,.LC0` relocates the field 2 bytes into the instruction, relative to its start).
// Fields that are bit ranges inside an instruction word (AArch64 CALL26, PPC64 REL24 and DS-form
// offsets) are not masked: they are zero in a RELA object, and masking the word would hide opcode changes.
import { EM_AARCH64, EM_PPC64, EM_S390, EM_X86_64 } from '../architectures.js';

const X86_64_SIZES: Record<number, number> = {
  1: 8, // R_X86_64_64
  2: 4, // PC32
  3: 4, // GOT32
  4: 4, // PLT32
  9: 4, // GOTPCREL
  10: 4, // 32
  11: 4, // 32S
  12: 2, // 16
  13: 2, // PC16
  14: 1, // 8
  15: 1, // PC8
  17: 8, // DTPOFF64
  18: 8, // TPOFF64
  19: 4, // TLSGD
  20: 4, // TLSLD
  21: 4, // DTPOFF32
  22: 4, // GOTTPOFF
  23: 4, // TPOFF32
  24: 8, // PC64
  25: 8, // GOTOFF64
  26: 4, // GOTPC32
  32: 4, // SIZE32
  33: 8, // SIZE64
  41: 4, // GOTPCRELX
  42: 4, // REX_GOTPCRELX
};

const X86_64_PC_RELATIVE_32 = new Set([2, 4, 9, 19, 20, 22, 26, 41, 42]);

// AArch64 data relocations; instruction relocations (CALL26, ADR_PREL_PG_HI21, ...) patch bit-fields that
// are zero in a RELA object, so masking the whole instruction would only hide opcode changes.
const AARCH64_SIZES: Record<number, number> = {
  257: 8, // ABS64
  258: 4, // ABS32
  259: 2, // ABS16
  260: 8, // PREL64
  261: 4, // PREL32
  262: 2, // PREL16
};

// PPC64 (ELFv2): whole halfwords (D-form immediates: the field's offset points at the halfword in
// either byte order), words and doublewords. DS-form (_DS) and branch fields share bits with the opcode.
const PPC64_SIZES: Record<number, number> = {
  1: 4, // ADDR32
  3: 2, // ADDR16
  4: 2, // ADDR16_LO
  5: 2, // ADDR16_HI
  6: 2, // ADDR16_HA
  26: 4, // REL32
  38: 8, // ADDR64
  39: 2, // ADDR16_HIGHER
  40: 2, // ADDR16_HIGHERA
  41: 2, // ADDR16_HIGHEST
  42: 2, // ADDR16_HIGHESTA
  43: 8, // UADDR64
  44: 8, // REL64
  47: 2, // TOC16
  48: 2, // TOC16_LO
  49: 2, // TOC16_HI
  50: 2, // TOC16_HA
  51: 8, // TOC
  249: 2, // REL16
  250: 2, // REL16_LO
  251: 2, // REL16_HI
  252: 2, // REL16_HA
};

// s390x: every relocated field is whole bytes (the *DBL fields are the 16/32-bit halfword-scaled
// displacements at instruction + 2).
const S390_SIZES: Record<number, number> = {
  1: 1, // 8
  3: 2, // 16
  4: 4, // 32
  5: 4, // PC32
  7: 4, // GOT32
  8: 4, // PLT32
  13: 4, // GOTOFF32
  15: 2, // GOT16
  16: 2, // PC16
  17: 2, // PC16DBL
  18: 2, // PLT16DBL
  19: 4, // PC32DBL
  20: 4, // PLT32DBL
  21: 4, // GOTPCDBL
  22: 8, // 64
  23: 8, // PC64
  24: 8, // GOT64
  25: 8, // PLT64
  26: 4, // GOTENT
  27: 2, // GOTOFF16
  28: 8, // GOTOFF64
  30: 2, // GOTPLT16
  31: 4, // GOTPLT32
  32: 8, // GOTPLT64
  33: 4, // GOTPLTENT
  40: 4, // TLS_GD32
  41: 8, // TLS_GD64
  43: 4, // TLS_GOTIE32
  44: 8, // TLS_GOTIE64
  45: 4, // TLS_LDM32
  46: 8, // TLS_LDM64
  47: 4, // TLS_IE32
  48: 8, // TLS_IE64
  49: 4, // TLS_IEENT
  50: 4, // TLS_LE32
  51: 8, // TLS_LE64
  52: 4, // TLS_LDO32
  53: 8, // TLS_LDO64
};

/** s390 relocations whose field sits 2 bytes into the instruction, PC-relative to its start. */
const S390_INSN_PLUS_2 = new Set([17, 18, 19, 20, 21, 26, 33, 49]);

/** Bytes to mask at the relocation offset (0: leave the bytes alone). Unknown x86-64 types mask 4. */
export function relocationFieldSize(machine: number, type: number): number {
  if (machine === EM_X86_64) return X86_64_SIZES[type] ?? (type === 0 ? 0 : 4);
  if (machine === EM_AARCH64) return AARCH64_SIZES[type] ?? 0;
  if (machine === EM_PPC64) return PPC64_SIZES[type] ?? 0;
  if (machine === EM_S390) return S390_SIZES[type] ?? 0;
  return 0;
}

/**
 * What to add to the addend to get the referenced position when the relocation sits in code:
 * 4 for x86-64 32-bit PC-relative fields (the field is the instruction's last 4 bytes), -2 for s390's
 * instruction-relative fields at instruction + 2, else 0.
 */
export function codeAddendBias(machine: number, type: number): number {
  if (machine === EM_X86_64 && X86_64_PC_RELATIVE_32.has(type)) return 4;
  if (machine === EM_S390 && S390_INSN_PLUS_2.has(type)) return -2;
  return 0;
}

const AARCH64_CALL26 = 283;
const AARCH64_JUMP26 = 282;

/**
 * How code reaches the target of a relocation at `offset` in `code`: a call, a jump (tail call or branch),
 * or anything else, which takes its address (lea, mov $sym, a GOT load). x86-64 is told by the opcode
 * before the 32-bit field (e8 call, e9 jmp, 0f 8x jcc); AArch64 by the relocation type.
 */
export function codeReferenceKind(machine: number, type: number, code: Uint8Array, offset: number): 'call' | 'jump' | 'address' {
  if (machine === EM_X86_64 && X86_64_PC_RELATIVE_32.has(type) && offset >= 1) {
    const op = code[offset - 1];
    if (op === 0xe8) return 'call';
    if (op === 0xe9 || (offset >= 2 && code[offset - 2] === 0x0f && op >= 0x80 && op <= 0x8f)) return 'jump';
  }
  if (machine === EM_AARCH64) {
    if (type === AARCH64_CALL26) return 'call';
    if (type === AARCH64_JUMP26) return 'jump';
  }
  return 'address';
}
