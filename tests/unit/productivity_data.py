"""A small hand-made data set of volumes, staffing and hours for the indicator and revenue tests.

Customers A and B belong to unit Nord (owner of the customer ledger), C to Syd (owner of the
supplier ledger). Every expected figure in the tests is computed by hand from the numbers below.

March 2010                       A        B       C
  customer invoice via feeder    8000     3000    5000
  customer invoice manual        1500     1000    1000
  manual with attachment          500        –       –
  supplier invoice electronic    3000     1000    2000
  supplier invoice manual        1000     1000       –
  reminder                        200      100       –
  incorrect documents          10 + 5        –       –   (customer ledger + supplier ledger)
  hours                        10 h accountant (balance reconciliation); B 5 h administrator
April 2010: A feeder 10000, C feeder 6000.  March 2009: A feeder 6000, manual 2000.

FTE           March 2010   April 2010   March 2009
Nord  CL         3.2          4.0          2.0
Nord  SL         3.0           –            –
Syd   CL         1.4          0 (no row)    –
Syd   SL         0.0 (a row)   –            –
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ekadm_desktop.db.database import Database
from ekadm_desktop.models.reference import Customer, Process, TransactionType, Unit
from ekadm_desktop.models.volumes import MonthlyVolume, ServiceHours, Staffing
from ekadm_desktop.services.reference_seed import TT


@dataclass(frozen=True)
class Ids:
    a: int
    b: int
    c: int
    nord: int
    syd: int
    cl: int  # customer ledger process
    sl: int


VOLUMES: dict[tuple[int, int], dict[str, list[tuple[str, int, str | None]]]] = {
    # (year, month) -> customer key -> (type code, quantity, process code if not the type's)
    (2010, 3): {
        "a": [
            (TT.CL_FEEDER, 8000, None),
            (TT.CL_MANUAL, 1500, None),
            (TT.CL_MANUAL_ATTACHMENT, 500, None),
            (TT.SL_ELECTRONIC, 3000, None),
            (TT.SL_MANUAL, 1000, None),
            (TT.REMINDER, 200, None),
            (TT.INCORRECT_DOCUMENT, 10, "customer_ledger"),
            (TT.INCORRECT_DOCUMENT, 5, "supplier_ledger"),
        ],
        "b": [
            (TT.CL_FEEDER, 3000, None),
            (TT.CL_MANUAL, 1000, None),
            (TT.SL_ELECTRONIC, 1000, None),
            (TT.SL_MANUAL, 1000, None),
            (TT.REMINDER, 100, None),
        ],
        "c": [(TT.CL_FEEDER, 5000, None), (TT.CL_MANUAL, 1000, None), (TT.SL_ELECTRONIC, 2000, None)],
    },
    (2010, 4): {"a": [(TT.CL_FEEDER, 10000, None)], "c": [(TT.CL_FEEDER, 6000, None)]},
    (2009, 3): {"a": [(TT.CL_FEEDER, 6000, None), (TT.CL_MANUAL, 2000, None)]},
}

# (year, month, unit key, process key, FTE)
STAFFING = [
    (2010, 3, "nord", "cl", "3.2"),
    (2010, 3, "nord", "sl", "3.0"),
    (2010, 3, "syd", "cl", "1.4"),
    (2010, 3, "syd", "sl", "0"),
    (2010, 4, "nord", "cl", "4.0"),
    (2009, 3, "nord", "cl", "2.0"),
]


def fill(db: Database) -> Ids:
    """Insert the data set (reference data must be seeded) and return the ids it uses."""
    with db.session(reason="testdata") as s:
        units = {u.code: u.id for u in s.scalars(select(Unit))}
        nord, syd = units["NORD"], units["SYD"]
        nord_customers = s.scalars(
            select(Customer.id).where(Customer.unit_id == nord).order_by(Customer.code)
        )
        a, b = list(nord_customers)[:2]
        c = s.scalars(select(Customer.id).where(Customer.unit_id == syd).order_by(Customer.code)).first()
        assert c is not None
        processes = {p.code: p.id for p in s.scalars(select(Process))}
        types = {t.code: t for t in s.scalars(select(TransactionType))}
        ids = Ids(a, b, c, nord, syd, processes["customer_ledger"], processes["supplier_ledger"])
        customers = {"a": a, "b": b, "c": c}
        for (year, month), per_customer in VOLUMES.items():
            for key, lines in per_customer.items():
                for code, quantity, process in lines:
                    ttype = types[code]
                    process_id = processes[process] if process else ttype.process_id
                    assert process_id is not None
                    s.add(
                        MonthlyVolume(
                            year=year,
                            month=month,
                            customer_id=customers[key],
                            process_id=process_id,
                            transaction_type_id=ttype.id,
                            quantity=Decimal(quantity),
                        )
                    )
        unit_ids = {"nord": nord, "syd": syd}
        process_ids = {"cl": ids.cl, "sl": ids.sl}
        for year, month, unit, process, fte in STAFFING:
            s.add(
                Staffing(
                    year=year,
                    month=month,
                    unit_id=unit_ids[unit],
                    process_id=process_ids[process],
                    fte=Decimal(fte),
                    headcount=4,
                )
            )
        s.add(
            ServiceHours(
                year=2010,
                month=3,
                customer_id=a,
                process_id=processes["balance_reconciliation"],
                transaction_type_id=types[TT.HOUR_ACCOUNTANT].id,
                hours=Decimal(10),
            )
        )
        s.add(
            ServiceHours(
                year=2010,
                month=3,
                customer_id=b,
                process_id=processes["local_invoicing"],
                transaction_type_id=types[TT.HOUR_ADMINISTRATOR].id,
                hours=Decimal(5),
            )
        )
    return ids
