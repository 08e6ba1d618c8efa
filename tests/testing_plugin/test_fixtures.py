"""``onerecord.testing`` works the way a user enables it: ``pytest_plugins = ["onerecord.testing"]``."""

from __future__ import annotations

import pytest

CONFTEST = 'pytest_plugins = ["onerecord.testing"]\n'


def test_fixtures_give_an_isolated_sandbox_per_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import pytest
        from onerecord import ConflictError

        EXPORT = dict(departure="CDG", departure_country="FR", arrival="NRT", arrival_country="JP",
                      order_reference="E-ONERECORD", quantity_expected=3)

        @pytest.mark.onerecord_sandbox(seed="empty")
        def test_create_then_warehouse_receives(onerecord_sandbox, onerecord_client):
            shipment = onerecord_client.shipments.create(**EXPORT)
            onerecord_sandbox.control.record_event(str(shipment.shipment_id), "GOODS_RECEIPT")
            with pytest.raises(ConflictError):
                onerecord_client.shipments.delete(shipment.shipment_id)
            assert [s.shipment_id for s in onerecord_client.shipments.list()] == [shipment.shipment_id]

        @pytest.mark.onerecord_sandbox(seed="empty")
        def test_the_previous_test_left_nothing_behind(onerecord_client):
            assert list(onerecord_client.shipments.list()) == []

        def test_demo_data_by_default_and_roles(onerecord_sandbox):
            with onerecord_sandbox.client("shipper") as shipper:
                assert next(iter(shipper.shipments.list(limit=5))) is not None

        async def _listing(client):
            async with client:
                return [s async for s in client.shipments.list(limit=200)]

        def test_async_client(onerecord_sandbox):
            import asyncio
            shipments = asyncio.run(_listing(onerecord_sandbox.async_client()))
            assert len(shipments) > 50
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_live_sandbox_sets_the_environment(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import os
        from onerecord import OneRecord

        def test_client_from_environment(onerecord_live_sandbox):
            assert os.environ["ONERECORD_BASE_URL"] == onerecord_live_sandbox.base_url
            with OneRecord(rate_limit=None) as client:
                assert client.places.get("CDG").code == "CDG"
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
