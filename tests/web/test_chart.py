"""The ratings chart: numbers from rating facts, ordered by date when the date reads as one."""
from __future__ import annotations

from unbait.kb.views import FactView
from unbait.web.chart import HEIGHT, PAD, ratings_chart


def fact(value, date, kind="rating"):
    return FactView(kind, value, "Harbor Lights", date, value, "a1", 0, 1)


def test_points_are_ordered_by_month_and_day_and_scaled():
    chart = ratings_chart([fact("9.9%", "June 10"), fact("8.2 percent", "June 3"), fact("16", None, "episodes")])
    assert [p.value for p in chart.points] == ["8.2 percent", "9.9%"]
    assert chart.points[0].x < chart.points[1].x and chart.points[1].y < chart.points[0].y
    assert all(PAD <= p.y <= HEIGHT - PAD for p in chart.points) and chart.polyline.count(",") == 2


def test_undated_values_keep_their_order_and_no_number_means_no_chart():
    chart = ratings_chart([fact("5%", "final episode"), fact("4%", "2024-01-02")])
    assert [p.label for p in chart.points] == ["2024-01-02", "final episode"]
    assert ratings_chart([fact("record high", "May 1")]) is None and ratings_chart([]) is None


def test_a_month_alone_orders_before_its_days():
    chart = ratings_chart([fact("19.7%", "final episode, May 12"), fact("4.1%", "March")])
    assert [p.value for p in chart.points] == ["4.1%", "19.7%"]


def test_words_that_start_like_months_are_not_dates():
    chart = ratings_chart([fact("2%", "marathon 3"), fact("1%", "Sept. 9"), fact("3%", "Jan 2")])
    assert [p.value for p in chart.points] == ["3%", "1%", "2%"]
