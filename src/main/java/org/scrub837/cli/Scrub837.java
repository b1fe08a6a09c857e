package org.scrub837.cli;
public class Scrub837 { public static void main(String[] a) { System.out.println("hi"); } }
