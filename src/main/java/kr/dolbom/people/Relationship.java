package kr.dolbom.people;

/** Relationship of a household member to the head of the household (가구주). */
public enum Relationship {
	HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, CHILD_IN_LAW, OTHER_RELATIVE, NON_RELATIVE
}
