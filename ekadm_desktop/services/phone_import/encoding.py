"""Which encoding a switchboard file is in: a byte-order mark, else strict UTF-8 (checked over the
whole file), else UTF-16 without a BOM, else Windows-1252 (Swedish Excel's "CSV
(semikolonavgränsad)"), with a warning when the text looks like mojibake."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr

CHUNK_BYTES = 1 << 20
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# UTF-8 read as Windows-1252: Ã¥ Ã¤ Ã¶ and friends.
_MOJIBAKE = re.compile("Ã[\u00a4\u00a5\u00b6\u0084\u2026\u2013\u00a9]")


@dataclass(frozen=True)
class FileFacts:
    sha256: str
    size: int
    encoding: str
    warnings: tuple[str, ...]


def _utf16_without_bom(head: bytes) -> str | None:
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def examine(path: Path) -> FileFacts:
    """Hash, size and encoding of ``path`` in one pass over its bytes."""
    digest = hashlib.sha256()
    utf8 = codecs.getincrementaldecoder("utf-8")()
    is_utf8 = True
    size = 0
    head = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK_BYTES):
                if not head:
                    head = chunk[:65536]
                digest.update(chunk)
                size += len(chunk)
                if is_utf8:
                    try:
                        utf8.decode(chunk)
                    except UnicodeDecodeError:
                        is_utf8 = False
        if is_utf8:
            utf8.decode(b"", final=True)
    except UnicodeDecodeError:
        is_utf8 = False
    except OSError as exc:
        raise EkadmError(
            tr("phone_import", "Filen {name} kan inte läsas: {error}").format(
                name=path.name, error=exc.strerror or exc
            )
        ) from exc
    warnings: list[str] = []
    encoding = next((codec for bom, codec in _BOMS if head.startswith(bom)), "")
    if not encoding:
        encoding = _utf16_without_bom(head) or ("utf-8" if is_utf8 else "")
    if not encoding:
        encoding = "cp1252"
        sample = head.decode("cp1252", errors="replace")
        if _MOJIBAKE.search(sample):
            guess = _charset_guess(head)
            warnings.append(
                tr(
                    "phone_import",
                    "Filen {name} lästes som Windows-1252 men ser ut att blanda teckenkodningar "
                    "(trolig kodning: {guess}). Kontrollera å, ä och ö i resultatet.",
                ).format(name=path.name, guess=guess or "?")
            )
    return FileFacts(digest.hexdigest(), size, encoding, tuple(warnings))


def _charset_guess(head: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else ""
